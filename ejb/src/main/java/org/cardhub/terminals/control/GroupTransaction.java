package org.cardhub.terminals.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.cardhub.payments.boundary.TerminalPayments;
import org.cardhub.terminals.entity.Reply;

import java.util.ArrayList;
import java.util.List;

/**
 * One database transaction around a group of terminal events' work: what the group needs is read (and its purses
 * locked) at once, set-based, then each event's work runs on it; all of it commits, or none.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class GroupTransaction {

    @EJB
    TerminalPayments payments;

    public List<Reply> decide(List<GroupedEvent> work) {
        try {
            payments.readAhead(work.stream().flatMap(event -> event.keys().stream()).toList(),
                    work.stream().flatMap(event -> event.spendingCard().stream()).toList());
        } catch (RuntimeException e) {
            throw new GroupFailed(e);
        }
        List<Reply> replies = new ArrayList<>(work.size());
        for (GroupedEvent event : work) {
            try {
                replies.add(event.get());
            } catch (RuntimeException e) {
                throw new GroupFailed(e);
            }
        }
        return replies;
    }

    /** Rolls the group back without the container logging it as a system failure; the events run again alone. */
    @ApplicationException(rollback = true)
    public static class GroupFailed extends RuntimeException {
        GroupFailed(Throwable cause) {
            super(cause);
        }
    }
}
