package org.cardhub.school.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.callers.Role;
import org.cardhub.cards.entity.SchoolContractNumber;
import org.cardhub.school.control.NumberLocks;
import org.cardhub.school.entity.GuardianLinkLock;
import org.cardhub.school.entity.LinkRefusal;
import org.cardhub.school.entity.LockedNumber;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The back office's view of linking locks: which school contract numbers are locked now after wrong activation codes,
 * and lifting a lock with a reason (a parent called the school, proved who they are and has the right code at hand).
 */
@Stateless
@RolesAllowed(Role.Names.BACKOFFICE)
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class GuardianLinkLocks {

    public static final int MAX_REASON = 500;
    /** More locked numbers than the page lists at once mean someone is guessing numbers: the log is the place then. */
    public static final int MAX_LISTED = 500;

    @Inject
    NumberLocks locks;

    @EJB
    AuditLog audit;

    Clock clock = Clock.systemUTC();

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<LockedNumber> locked() {
        return locks.lockedAt(clock.instant(), MAX_LISTED);
    }

    /**
     * Lifts the number's lock and clears its count.
     *
     * @return whether it was locked (false: it had unlocked meanwhile, or was never locked; nothing changed)
     */
    public boolean lift(String contractNumber, String reason) {
        SchoolContractNumber number = SchoolContractNumber.of(contractNumber == null ? null : contractNumber.strip());
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw new LinkRefusal(LinkRefusal.Code.REASON_REQUIRED, "Lifting a linking lock needs a reason of 1 to "
                    + MAX_REASON + " characters");
        }
        Instant now = clock.instant();
        GuardianLinkLock lock = locks.existing(number.value()).orElse(null);
        if (lock == null || !lock.lift(now)) {
            return false;
        }
        audit.record(audit.actor(null), "guardian.link-unlocked", AuditSubject.SCHOOL_CONTRACT_NUMBER, number.value(), why);
        return true;
    }
}
