package org.cardhub.audit.boundary;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.cardhub.audit.entity.ActorKind;
import org.cardhub.audit.entity.AuditEvent;
import org.cardhub.audit.entity.AuditQuery;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.schema.entity.SequenceKeys;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit page's statements on the migrated schema (H2 in its PostgreSQL mode): filtered, newest first, counted to a cap. */
class AuditTrailOnTheSchemaTest {

    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    private static final String PERSON = "3f2a9c1e-0000-4000-8000-00000000abcd";

    private EntityManagerFactory factory;
    private EntityManager em;
    private AuditTrail trail;

    @BeforeEach
    void aTrailOfSixRecords() {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").javaMigrations(new SequenceKeys())
                .load().migrate();
        factory = Persistence.createEntityManagerFactory("cardhub", Map.of("jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "", "jakarta.persistence.jdbc.driver", "org.h2.Driver",
                "jakarta.persistence.jdbc.url", url, "jakarta.persistence.jdbc.user", "sa", "jakarta.persistence.jdbc.password", "",
                "eclipselink.logging.level", "OFF"));
        em = factory.createEntityManager();
        em.getTransaction().begin();
        record(0, PERSON, "card.blocked", "CARD", "7", "ACTIVE → BLOCKED");
        record(1, "terminal:FUEL-0001", "card.purchase-offline", "CARD", "7", "900.00 RUB");
        record(2, "partner:agent-demo", "purse.top-up", "CONTRACT", "70", "100.00 RUB");
        record(3, "system:month-close", "period.close", "CONTRACT", "70", "2026-11");
        record(4, "system", "hold.expire", "CARD", "8", null);
        record(5, PERSON, "offline.charge-back", "OFFLINE_REVIEW", "1", "OPEN → CHARGED_BACK");
        em.getTransaction().commit();
        trail = new AuditTrail();
        trail.em = em;
    }

    @AfterEach
    void close() {
        em.close();
        factory.close();
    }

    @Test
    void theTrailIsReadNewestFirstPageByPage() {
        assertThat(actions(trail.page(AuditQuery.EVERYTHING, 0, 4)))
                .containsExactly("offline.charge-back", "hold.expire", "period.close", "purse.top-up");
        assertThat(actions(trail.page(AuditQuery.EVERYTHING, 4, 4))).containsExactly("card.purchase-offline", "card.blocked");
        assertThat(trail.count(AuditQuery.EVERYTHING, 100)).isEqualTo(6);
        assertThat(trail.count(AuditQuery.EVERYTHING, 3)).as("a count stops at its cap").isEqualTo(3);
        assertThat(trail.export(AuditQuery.EVERYTHING)).hasSize(6);
    }

    @Test
    void eachFilterNarrowsTheTrailInTheDatabase() {
        assertThat(actions(trail.page(query(null, ActorKind.PERSON, null, null, null, null), 0, 10)))
                .containsExactly("offline.charge-back", "card.blocked");
        assertThat(actions(trail.page(query(null, ActorKind.SYSTEM, null, null, null, null), 0, 10)))
                .containsExactly("hold.expire", "period.close");
        assertThat(actions(trail.page(query(null, ActorKind.TERMINAL, "FUEL-0001", null, null, null), 0, 10)))
                .containsExactly("card.purchase-offline");
        assertThat(actions(trail.page(query(null, ActorKind.PARTNER, null, "purse.top-up", null, null), 0, 10)))
                .containsExactly("purse.top-up");
        assertThat(actions(trail.page(query(null, null, null, null, AuditSubject.CARD, "7"), 0, 10)))
                .containsExactly("card.purchase-offline", "card.blocked");
        assertThat(actions(trail.page(query(T0.plusSeconds(2 * 60), null, null, null, null, null), 0, 10)))
                .containsExactly("offline.charge-back", "hold.expire", "period.close", "purse.top-up");
        assertThat(trail.count(query(null, ActorKind.TERMINAL, "FUEL-0002", null, null, null), 100)).isZero();
    }

    private static AuditQuery query(Instant from, ActorKind kind, String actor, String action, AuditSubject type, String id) {
        return new AuditQuery(from, null, kind, actor, action, type, id);
    }

    private static List<String> actions(List<AuditEvent> events) {
        return events.stream().map(AuditEvent::action).toList();
    }

    private void record(int minute, String actor, String action, String type, String id, String details) {
        em.createNativeQuery("INSERT INTO audit_event (occurred_at, actor, action, subject_type, subject_id, details) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .setParameter(1, Timestamp.from(T0.plusSeconds(minute * 60L))).setParameter(2, actor).setParameter(3, action)
                .setParameter(4, type).setParameter(5, id).setParameter(6, details).executeUpdate();
    }
}
