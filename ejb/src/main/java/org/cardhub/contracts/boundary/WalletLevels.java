package org.cardhub.contracts.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.callers.Role;
import org.cardhub.contracts.entity.InvalidWalletLevelException;
import org.cardhub.contracts.entity.WalletLevel;
import org.cardhub.contracts.entity.WalletLevelView;
import org.cardhub.contracts.entity.WalletTier;
import org.cardhub.money.Amount;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The wallets' identification levels as data: both levels' caps for the holder's profile and the back office, and the
 * back office's change of a level's caps — for every wallet of the tier from the change on, never leaving the
 * identified level below the non-identified one, kept in the audit trail old → new.
 */
@Stateless
@RolesAllowed(Role.Names.BACKOFFICE)
public class WalletLevels {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @EJB
    AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    /** Both levels, the non-identified first; who changed them is told to the back office only. */
    @RolesAllowed({Role.Names.WALLET, Role.Names.BACKOFFICE})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<WalletLevelView> all() {
        boolean withWho = session.isCallerInRole(Role.Names.BACKOFFICE);
        return levels(LockModeType.NONE).values().stream().map(level -> WalletLevelView.of(level, withWho)).toList();
    }

    /**
     * New caps of a level; refused with the cap that breaks a rule ({@link InvalidWalletLevelException}), and then
     * nothing changes. Both rows are locked, so two changes at once cannot together leave the identified level below.
     */
    public WalletLevelView change(WalletTier tier, Amount maxBalance, Amount maxMonthlyTurnover) {
        if (tier == null) {
            throw new InvalidWalletLevelException(InvalidWalletLevelException.Code.LEVEL_UNKNOWN, null,
                    "A wallet level is non-identified or identified");
        }
        Map<WalletTier, WalletLevel> levels = levels(LockModeType.PESSIMISTIC_WRITE);
        if (levels.size() != WalletTier.values().length) {
            throw new InvalidWalletLevelException(InvalidWalletLevelException.Code.LEVEL_UNKNOWN, null,
                    "The wallet levels are not all there: " + levels.keySet());
        }
        WalletLevel level = levels.get(tier);
        String before = level.describe();
        String actor = audit.actor(null);
        level.change(maxBalance, maxMonthlyTurnover, actor, Instant.now(clock));
        WalletLevel.requireIdentifiedNotBelow(levels.get(WalletTier.NON_IDENTIFIED).caps(),
                levels.get(WalletTier.IDENTIFIED).caps());
        audit.record(actor, "wallet-level.change", AuditSubject.WALLET_LEVEL, tier.name(), before + " -> " + level.describe());
        return WalletLevelView.of(level, true);
    }

    /** The levels in the order of {@link WalletTier}, read (and locked, when asked) in one statement. */
    private Map<WalletTier, WalletLevel> levels(LockModeType lock) {
        return em.createQuery("SELECT l FROM WalletLevel l ORDER BY l.tier", WalletLevel.class).setLockMode(lock)
                .getResultStream().collect(Collectors.toMap(WalletLevel::tier, Function.identity(), (one, other) -> one,
                        () -> new EnumMap<>(WalletTier.class)));
    }
}
