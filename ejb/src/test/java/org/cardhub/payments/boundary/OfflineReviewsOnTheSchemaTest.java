package org.cardhub.payments.boundary;

import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.payments.entity.OfflineReview;
import org.cardhub.payments.entity.OfflineReviewFilter;
import org.cardhub.payments.entity.OfflineReviewRefusal;
import org.cardhub.payments.entity.OfflineReviewRow;
import org.cardhub.payments.entity.OperationKey;
import org.cardhub.payments.entity.Outcome;
import org.cardhub.schema.entity.SequenceKeys;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.security.Principal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.testing.CanteenBooks.proxy;
import static org.cardhub.testing.CanteenBooks.with;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The offline queue's statements and decisions on the migrated schema (H2 in its PostgreSQL mode), the boundary wired
 * by hand with the reversal stubbed (the core IT reverses for real, on PostgreSQL): a page with the cards' masked
 * numbers, filters, an acceptance with its audit row, and refusals that write nothing.
 */
class OfflineReviewsOnTheSchemaTest {

    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    private EntityManagerFactory factory;
    private EntityManager em;
    private OfflineReviews reviews;
    private final List<OperationKey> reversed = new ArrayList<>();

    @BeforeEach
    void aPostedAndADeclinedOfflinePurchase() {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").javaMigrations(new SequenceKeys())
                .load().migrate();
        factory = Persistence.createEntityManagerFactory("cardhub", Map.of("jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "", "jakarta.persistence.jdbc.driver", "org.h2.Driver",
                "jakarta.persistence.jdbc.url", url, "jakarta.persistence.jdbc.user", "sa", "jakarta.persistence.jdbc.password", "",
                "eclipselink.logging.level", "OFF"));
        em = factory.createEntityManager();
        inTransaction(() -> {
            sql("INSERT INTO organization (id, form, name, inn, time_zone, created_at) VALUES (7, 'LEGAL_ENTITY', 'АЗС', "
                    + "'2520123450', 'Europe/Moscow', CURRENT_TIMESTAMP)");
            sql("INSERT INTO contract (id, number, kind, organization_id, status, balance_model, funding, time_zone, created_at) "
                    + "VALUES (70, 'F-07000000', 'FUEL', 7, 'ACTIVE', 'POOLED', 'PREPAID', 'Europe/Moscow', CURRENT_TIMESTAMP)");
            sql("INSERT INTO card (id, contract_id, pan_hash, pan_sealed, pan_masked, form, holder_kind, holder_name, barcode, "
                    + "status, expires_on, created_at) VALUES (100000, 70, '" + "a".repeat(64) + "', 'sealed', '700599******0069', "
                    + "'PLASTIC', 'VEHICLE', 'А123ВС', '2000300000018', 'ACTIVE', DATE '2031-11-30', CURRENT_TIMESTAMP)");
            sql("INSERT INTO journal_entry (id, kind, booked_at, card_id, contract_id, amount_minor, actor) "
                    + "VALUES (500, 'PURCHASE', CURRENT_TIMESTAMP, 100000, 70, 90000, 'terminal:FUEL-0001')");
            sql("INSERT INTO journal_entry (id, kind, booked_at, card_id, contract_id, amount_minor, actor, reverses_entry_id) "
                    + "VALUES (501, 'REVERSAL', CURRENT_TIMESTAMP, 100000, 70, 90000, 'admin', 500)");
            review(1, "terminal:FUEL-0001", "e-1", 100000L, 500L, 90_000, "APPROVED/00", 0);
            review(2, "terminal:FUEL-0002", "e-2", 100000L, null, 150_000, "DECLINED/OFFLINE_FLOOR_EXCEEDED", 60);
            return null;
        });
        Principal staff = () -> "3f2a9c1e-0000-4000-8000-00000000abcd";
        AuditLog audit = with(with(new AuditLog(), "em", em), "session", proxy(SessionContext.class, arguments -> staff));
        reviews = new OfflineReviews();
        reviews.em = em;
        reviews.audit = audit;
        reviews.payments = new Payments() {
            @Override
            public Outcome reverse(OperationKey key, OperationKey original, String source) {
                reversed.add(key);
                return Outcome.approved(501L, null, "000001", Amount.parse("900.00", Currency.RUB), Amount.zero(Currency.LITRE), null);
            }
        };
    }

    @AfterEach
    void close() {
        em.close();
        factory.close();
    }

    @Test
    void theQueueIsFilteredAndPagedNewestFirstWithTheCardsMaskedNumbers() {
        OfflineReviewFilter all = new OfflineReviewFilter(null, null, null, null);
        List<OfflineReviewRow> page = reviews.page(all, 0, 10);

        assertThat(page).extracting(row -> row.review().id()).containsExactly(2L, 1L);
        assertThat(page).extracting(OfflineReviewRow::cardMasked).containsOnly("700599******0069");
        assertThat(reviews.count(all)).isEqualTo(2);
        assertThat(reviews.page(new OfflineReviewFilter(null, null, null, "FUEL-0002"), 0, 10))
                .extracting(row -> row.review().id()).containsExactly(2L);
        assertThat(reviews.count(new OfflineReviewFilter(null, T0.plusSeconds(30), null, null))).isEqualTo(1);
        assertThat(reviews.page(all, 1, 10)).extracting(row -> row.review().id()).containsExactly(1L);
    }

    @Test
    void anAcceptanceIsRecordedOnceWithItsAuditRow() {
        inTransaction(() -> reviews.accept(2, "  looked at the receipt "));

        assertThat(text("SELECT status || '|' || decision_reason FROM offline_review WHERE id = 2"))
                .isEqualTo("ACCEPTED|looked at the receipt");
        assertThat(text("SELECT action || '|' || subject_type || '|' || subject_id FROM audit_event"))
                .isEqualTo("offline.accept|OFFLINE_REVIEW|2");
        assertThat(reviews.count(OfflineReviewFilter.OPEN)).isEqualTo(1);

        assertRefusedWritingNothing(() -> reviews.accept(2, null), OfflineReviewRefusal.Code.ALREADY_DECIDED);
        assertRefusedWritingNothing(() -> reviews.chargeBack(2, "too late"), OfflineReviewRefusal.Code.ALREADY_DECIDED);
    }

    @Test
    void aChargeBackReversesUnderTheReviewsKeyAndRecordsTheReversal() {
        inTransaction(() -> reviews.chargeBack(1, "stolen card"));

        assertThat(reversed).containsExactly(new OperationKey(OfflineReview.CHARGE_BACK_SCOPE, "1"));
        assertThat(text("SELECT status || '|' || reversal_entry_id || '|' || decision_reason FROM offline_review WHERE id = 1"))
                .isEqualTo("CHARGED_BACK|501|stolen card");
        assertThat(text("SELECT action FROM audit_event")).isEqualTo("offline.charge-back");
    }

    @Test
    void badChargeBacksAreRefusedWritingNothing() {
        assertRefusedWritingNothing(() -> reviews.chargeBack(1, "  "), OfflineReviewRefusal.Code.REASON_REQUIRED);
        assertRefusedWritingNothing(() -> reviews.chargeBack(2, "over the floor"), OfflineReviewRefusal.Code.NOT_POSTED);
        assertRefusedWritingNothing(() -> reviews.chargeBack(99, "who?"), OfflineReviewRefusal.Code.NOT_FOUND);
        assertThat(reversed).isEmpty();
    }

    private void assertRefusedWritingNothing(Runnable decision, OfflineReviewRefusal.Code code) {
        String before = text("SELECT COUNT(*) || '|' || (SELECT COUNT(*) FROM audit_event) FROM offline_review WHERE status = 'OPEN'");
        assertThatThrownBy(() -> inTransaction(() -> {
            decision.run();
            return null;
        })).isInstanceOfSatisfying(OfflineReviewRefusal.class, refused -> assertThat(refused.code()).isEqualTo(code));
        assertThat(text("SELECT COUNT(*) || '|' || (SELECT COUNT(*) FROM audit_event) FROM offline_review WHERE status = 'OPEN'"))
                .isEqualTo(before);
    }

    private <T> T inTransaction(Supplier<T> work) {
        em.getTransaction().begin();
        try {
            T result = work.get();
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.clear();
        }
    }

    private void review(long id, String source, String key, Long card, Long entry, long amount, String outcome, int minute) {
        em.createNativeQuery("INSERT INTO offline_review (id, source, event_key, card_id, entry_id, amount_minor, outcome, reason, "
                        + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'offline', ?)")
                .setParameter(1, id).setParameter(2, source).setParameter(3, key).setParameter(4, card).setParameter(5, entry)
                .setParameter(6, amount).setParameter(7, outcome).setParameter(8, Timestamp.from(T0.plusSeconds(minute * 60L)))
                .executeUpdate();
    }

    private void sql(String statement) {
        em.createNativeQuery(statement).executeUpdate();
    }

    private String text(String query) {
        return String.valueOf(em.createNativeQuery(query).getSingleResult());
    }
}
