package org.cardhub.notifications.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.cardhub.callers.ObjectAccess;
import org.cardhub.callers.Role;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.notifications.control.InformerLedger;
import org.cardhub.notifications.entity.InformerCharge;
import org.cardhub.notifications.entity.InformerOutcome;

import java.time.Instant;

/**
 * A parent connects or disconnects the paid SMS informer of a child. Connecting (or resuming a suspended one) charges
 * the child's main purse for the rest of the school's month — for its days left when the programme prorates, else the
 * whole month — unless the month is paid already; a purse that cannot cover it is refused with nothing written. Each
 * step has a transaction of its own around the charge, which the money operations make once per key.
 */
@Stateless
@RolesAllowed(Role.Names.PARENT)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SmsInformers {

    /** The source of the parents' own charges in the audit trail (the signed-in parent is named instead). */
    static final String SOURCE = "ui:parent";

    @EJB
    InformerLedger ledger;

    @EJB
    ObjectAccess access;

    @Resource
    SessionContext session;

    public InformerOutcome connect(long cardId) {
        access.requireCard(cardId);
        String parent = session.getCallerPrincipal().getName();
        Instant now = Instant.now();
        InformerCharge charge = ledger.connection(cardId, now);
        if (charge.kind() == InformerCharge.Kind.CHARGE) {
            if (!charge.isCoveredByPurse()) {
                return new InformerOutcome(InformerOutcome.Result.INSUFFICIENT_FUNDS, charge.month(), charge.amount(),
                        charge.available());
            }
            try {
                ledger.ensure(cardId, parent, now);
            } catch (EJBException concurrent) {
                // a second request made the row meanwhile: it is there, which is all this step is for
            }
            charge = ledger.connection(cardId, now); // keyed by the row's attempt now
        }
        return switch (charge.kind()) {
            case NOT_OFFERED -> new InformerOutcome(InformerOutcome.Result.NOT_OFFERED, charge.month(), null, null);
            case NOT_DUE -> new InformerOutcome(InformerOutcome.Result.ALREADY_CONNECTED, charge.month(), zero(), null);
            case PAID_ALREADY -> {
                ledger.connectPaid(cardId, parent, now);
                yield new InformerOutcome(InformerOutcome.Result.CONNECTED, charge.month(), zero(), null);
            }
            case CHARGE -> ledger.settle(charge, ledger.charge(charge, SOURCE), true, parent, now);
        };
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void disconnect(long cardId) {
        access.requireCard(cardId);
        ledger.disconnect(cardId, session.getCallerPrincipal().getName(), Instant.now());
    }

    private static Amount zero() {
        return Amount.zero(Currency.RUB);
    }
}
