package org.cardhub.contracts.boundary;

import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.callers.Role;
import org.cardhub.contracts.entity.InvalidWalletLevelException;
import org.cardhub.contracts.entity.WalletCaps;
import org.cardhub.contracts.entity.WalletLevel;
import org.cardhub.contracts.entity.WalletLevelView;
import org.cardhub.contracts.entity.WalletTier;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.schema.entity.SequenceKeys;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.cardhub.testing.CanteenBooks.proxy;
import static org.cardhub.testing.CanteenBooks.with;

/**
 * The wallet levels on the migrated schema (V45, H2 in its PostgreSQL mode): seeded with the caps the code held, read by
 * key, changed by the back office with an audit record old → new, the identified level never left below, and the
 * table itself refusing a third tier or a cap of zero.
 */
class WalletLevelsOnTheSchemaTest {

    private static final String CLERK = "3f2a9c1e-0000-4000-8000-00000000abcd";

    private EntityManagerFactory factory;

    @BeforeEach
    void migrated() {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").javaMigrations(new SequenceKeys())
                .load().migrate();
        factory = Persistence.createEntityManagerFactory("cardhub", Map.of("jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "", "jakarta.persistence.jdbc.driver", "org.h2.Driver",
                "jakarta.persistence.jdbc.url", url, "jakarta.persistence.jdbc.user", "sa", "jakarta.persistence.jdbc.password", "",
                "eclipselink.logging.level", "OFF"));
    }

    @AfterEach
    void close() {
        factory.close();
    }

    @Test
    void theLevelsAreSeededWithTheCapsTheCodeHeld() {
        WalletCaps nonIdentified = inTransaction(em -> em.find(WalletLevel.class, WalletTier.NON_IDENTIFIED).caps());
        WalletCaps identified = inTransaction(em -> em.find(WalletLevel.class, WalletTier.IDENTIFIED).caps());

        assertThat(nonIdentified).isEqualTo(new WalletCaps(WalletTier.NON_IDENTIFIED, rub("15000.00"), rub("40000.00")));
        assertThat(identified).isEqualTo(new WalletCaps(WalletTier.IDENTIFIED, rub("100000.00"), rub("1000000.00")));
        List<WalletLevelView> seen = inTransaction(em -> levels(em, false).all());
        assertThat(seen).extracting(WalletLevelView::tier).containsExactly(WalletTier.NON_IDENTIFIED, WalletTier.IDENTIFIED);
        assertThat(seen).extracting(WalletLevelView::changedBy).as("a holder is not told who").containsOnlyNulls();
        List<WalletLevelView> seenByBackOffice = inTransaction(em -> levels(em, true).all());
        assertThat(seenByBackOffice).extracting(WalletLevelView::changedBy).containsOnly("system");
    }

    @Test
    void theBackOfficeLowersALevelsCapsForEveryWalletOfItAndTheAuditTrailKeepsOldAndNew() {
        WalletLevelView changed = inTransaction(em -> levels(em, true)
                .change(WalletTier.NON_IDENTIFIED, rub("10000.00"), rub("30000.00")));

        assertThat(changed.caps()).isEqualTo(new WalletCaps(WalletTier.NON_IDENTIFIED, rub("10000.00"), rub("30000.00")));
        assertThat(changed.changedBy()).isEqualTo(CLERK);
        WalletLevel read = inTransaction(em -> em.find(WalletLevel.class, WalletTier.NON_IDENTIFIED));
        assertThat(read.caps()).isEqualTo(changed.caps());
        assertThat(read.changedBy()).isEqualTo(CLERK);
        List<?> audit = inTransaction(em -> em.createNativeQuery(
                "SELECT actor, action, subject_type, subject_id, details FROM audit_event").getResultList());
        assertThat(audit).hasSize(1);
        assertThat((Object[]) audit.get(0)).containsExactly(CLERK, "wallet-level.change", "WALLET_LEVEL", "NON_IDENTIFIED",
                "balance cap 15000.00 RUB, monthly turnover cap 40000.00 RUB -> balance cap 10000.00 RUB, "
                        + "monthly turnover cap 30000.00 RUB");
    }

    @Test
    void theIdentifiedLevelBelowTheNonIdentifiedOneIsRefusedEitherWayAndNothingChanges() {
        InvalidWalletLevelException lowered = catchThrowableOfType(() -> inTransaction(em -> levels(em, true)
                .change(WalletTier.IDENTIFIED, rub("14999.99"), rub("1000000.00"))), InvalidWalletLevelException.class);
        InvalidWalletLevelException raised = catchThrowableOfType(() -> inTransaction(em -> levels(em, true)
                .change(WalletTier.NON_IDENTIFIED, rub("15000.00"), rub("1000000.01"))), InvalidWalletLevelException.class);

        assertThat(lowered.code()).isEqualTo(InvalidWalletLevelException.Code.IDENTIFIED_BELOW_NON_IDENTIFIED);
        assertThat(lowered.cap()).isEqualTo(InvalidWalletLevelException.Cap.BALANCE);
        assertThat(raised.code()).isEqualTo(InvalidWalletLevelException.Code.IDENTIFIED_BELOW_NON_IDENTIFIED);
        assertThat(raised.cap()).isEqualTo(InvalidWalletLevelException.Cap.MONTHLY_TURNOVER);
        List<WalletLevelView> after = inTransaction(em -> levels(em, true).all());
        assertThat(after).extracting(WalletLevelView::caps).containsExactly(
                new WalletCaps(WalletTier.NON_IDENTIFIED, rub("15000.00"), rub("40000.00")),
                new WalletCaps(WalletTier.IDENTIFIED, rub("100000.00"), rub("1000000.00")));
        Number audited = inTransaction(em -> (Number) em.createNativeQuery("SELECT COUNT(*) FROM audit_event")
                .getSingleResult());
        assertThat(audited.longValue()).isZero();
    }

    @Test
    void theTableHoldsTheTwoTiersOnlyAndCapsAboveZero() {
        assertThatThrownBy(() -> inTransaction(em -> em.createNativeQuery("INSERT INTO wallet_level (tier, "
                + "max_balance_minor, max_monthly_turnover_minor, changed_at, changed_by) VALUES ('GOLD', 1, 1, CURRENT_TIMESTAMP, "
                + "'system')").executeUpdate())).as("a third tier").isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> inTransaction(em -> em.createNativeQuery(
                "UPDATE wallet_level SET max_balance_minor = 0 WHERE tier = 'IDENTIFIED'").executeUpdate()))
                .as("a cap of zero").isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> inTransaction(em -> em.createNativeQuery(
                "UPDATE wallet_level SET max_monthly_turnover_minor = -1 WHERE tier = 'IDENTIFIED'").executeUpdate()))
                .as("a negative cap").isInstanceOf(RuntimeException.class);
    }

    /** The boundary on this transaction's entity manager, for a back-office clerk or (not) for a wallet holder. */
    private static WalletLevels levels(EntityManager em, boolean backOffice) {
        Principal caller = () -> CLERK;
        SessionContext session = proxy(SessionContext.class, arguments -> arguments == null ? caller
                : backOffice && Role.Names.BACKOFFICE.equals(arguments[0]));
        WalletLevels levels = new WalletLevels();
        levels.em = em;
        levels.session = session;
        levels.audit = with(with(new AuditLog(), "em", em), "session", session);
        return levels;
    }

    /** Each call its own transaction on a new entity manager, as in service: committed, or rolled back on a throw. */
    private <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        EntityTransaction transaction = em.getTransaction();
        try {
            transaction.begin();
            T result = work.apply(em);
            transaction.commit();
            return result;
        } finally {
            if (transaction.isActive()) {
                transaction.rollback();
            }
            em.close();
        }
    }

    private static Amount rub(String value) {
        return Amount.parse(value, Currency.RUB);
    }
}
