package org.cardhub.partners.boundary;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.cardhub.partners.entity.PartnerDeskRefusal;
import org.cardhub.partners.entity.PartnerListing;
import org.cardhub.partners.entity.RequestCount;
import org.cardhub.schema.entity.SequenceKeys;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The partners page's statements on the migrated schema (H2 in its PostgreSQL mode): the list with programmes, the rates. */
class PartnerDeskOnTheSchemaTest {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd HH").withZone(ZoneId.of("Europe/Moscow"));
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.of("Europe/Moscow"));

    private EntityManagerFactory factory;
    private EntityManager em;
    private PartnerDesk desk;
    private final Instant now = Instant.now();

    @BeforeEach
    void twoPartnersAndTheirRequests() {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").javaMigrations(new SequenceKeys())
                .load().migrate();
        factory = Persistence.createEntityManagerFactory("cardhub", Map.of("jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "", "jakarta.persistence.jdbc.driver", "org.h2.Driver",
                "jakarta.persistence.jdbc.url", url, "jakarta.persistence.jdbc.user", "sa", "jakarta.persistence.jdbc.password", "",
                "eclipselink.logging.level", "OFF"));
        em = factory.createEntityManager();
        em.getTransaction().begin();
        sql("INSERT INTO organization (id, form, name, inn, time_zone, created_at) VALUES (7, 'LEGAL_ENTITY', 'Парк', "
                + "'2520123450', 'Europe/Moscow', CURRENT_TIMESTAMP)");
        sql("INSERT INTO contract (id, number, kind, organization_id, status, balance_model, funding, time_zone, created_at) "
                + "VALUES (70, 'F-07000000', 'FUEL', 7, 'ACTIVE', 'POOLED', 'PREPAID', 'Europe/Moscow', CURRENT_TIMESTAMP)");
        sql("INSERT INTO partner (client_id, name, rate_per_second, burst, created_at) VALUES "
                + "('zz-agent', 'Агент', 10, 20, CURRENT_TIMESTAMP), ('aa-fleet', 'Автопарк', 5, 5, CURRENT_TIMESTAMP)");
        sql("INSERT INTO partner_program (client_id, contract_kind) VALUES ('zz-agent', 'WALLET'), ('zz-agent', 'SCHOOL')");
        sql("INSERT INTO partner_program (client_id, contract_id) VALUES ('aa-fleet', 70)");
        request("k1", 200, now.minus(Duration.ofMinutes(5)));
        request("k2", 200, now.minus(Duration.ofMinutes(6)));
        request("k3", 422, now.minus(Duration.ofMinutes(7)));
        request("k4", null, now.minus(Duration.ofMinutes(1)));
        request("k5", 200, now.minus(Duration.ofDays(3)));
        em.getTransaction().commit();
        desk = new PartnerDesk();
        desk.em = em;
    }

    @AfterEach
    void close() {
        em.close();
        factory.close();
    }

    @Test
    void partnersAreListedByNameWithTheirProgrammesAndLastDaysRequests() {
        List<PartnerListing> partners = desk.partners();

        assertThat(partners).extracting(PartnerListing::name).containsExactly("Автопарк", "Агент");
        assertThat(partners.get(1).programmeKinds()).containsExactly("WALLET", "SCHOOL");
        assertThat(partners.get(1).requestsLastDay()).isEqualTo(4);
        assertThat(partners.get(0).contractNumbers()).containsExactly("F-07000000");
        assertThat(partners.get(0).requestsLastDay()).isZero();
    }

    @Test
    void ratesAreCountedByMoscowHourOrDayAndAnswer() {
        List<RequestCount> hours = desk.rates("zz-agent", PartnerDesk.Span.HOURS);
        List<RequestCount> days = desk.rates("zz-agent", PartnerDesk.Span.DAYS);

        assertThat(hours).extracting(RequestCount::status).containsOnly(0, 200, 422);
        assertThat(hours.stream().mapToLong(RequestCount::count).sum()).isEqualTo(4);
        assertThat(hours).allMatch(count -> count.period().equals(HOUR.format(now.minus(Duration.ofMinutes(7))))
                || count.period().equals(HOUR.format(now)));
        assertThat(days.stream().mapToLong(RequestCount::count).sum()).isEqualTo(5);
        assertThat(days).anyMatch(count -> count.period().equals(DAY.format(now.minus(Duration.ofDays(3)))) && count.count() == 1);
        assertThatThrownBy(() -> desk.rates("nobody", PartnerDesk.Span.HOURS)).isInstanceOfSatisfying(PartnerDeskRefusal.class,
                refused -> assertThat(refused.code()).isEqualTo(PartnerDeskRefusal.Code.UNKNOWN_PARTNER));
    }

    private void request(String key, Integer status, Instant at) {
        em.createNativeQuery("INSERT INTO partner_request (client_id, idem_key, request_hash, state, response_status, claimed_at) "
                        + "VALUES ('zz-agent', ?, ?, ?, ?, ?)")
                .setParameter(1, key).setParameter(2, "h".repeat(64)).setParameter(3, status == null ? "IN_FLIGHT" : "DONE")
                .setParameter(4, status).setParameter(5, Timestamp.from(at)).executeUpdate();
    }

    private void sql(String statement) {
        em.createNativeQuery(statement).executeUpdate();
    }
}
