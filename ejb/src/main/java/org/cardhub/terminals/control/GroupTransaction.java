package org.cardhub.terminals.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.cardhub.terminals.entity.Reply;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** One database transaction around a group of terminal events' work: all of it commits, or none. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class GroupTransaction {

    public List<Reply> decide(List<Supplier<Reply>> work) {
        List<Reply> replies = new ArrayList<>(work.size());
        for (Supplier<Reply> event : work) {
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
