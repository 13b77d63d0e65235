package org.cardhub.bonus.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.cardhub.bonus.control.TillChecks;
import org.cardhub.bonus.entity.CheckOutcome;
import org.cardhub.bonus.entity.ReturnOutcome;
import org.cardhub.bonus.entity.TillCheck;
import org.cardhub.callers.Role;

import java.time.Clock;

/**
 * The programme's tills (partner role {@code partner-bonus}): a check paid with a bonus card earns points and may be
 * paid partly with points, once per purchase id; a returned check takes them back. Refusals say why, and nothing is
 * written then.
 */
@Stateless
@RolesAllowed(Role.Names.PARTNER_BONUS)
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class BonusTills {

    @Inject
    TillChecks checks;

    @Resource
    SessionContext session;

    Clock clock = Clock.systemUTC();

    /** Records the check (a repeat of it answers the first outcome again, marked replayed). */
    public CheckOutcome record(TillCheck check) {
        return checks.record(check, till(), clock.instant());
    }

    /** Returns the whole check of that purchase id (a second return answers the first again, marked replayed). */
    public ReturnOutcome returnCheck(String purchaseId) {
        return checks.returnCheck(purchaseId, till(), clock.instant());
    }

    private String till() {
        return session.getCallerPrincipal().getName();
    }
}
