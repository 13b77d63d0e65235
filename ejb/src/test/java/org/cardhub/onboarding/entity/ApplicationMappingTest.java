package org.cardhub.onboarding.entity;

import jakarta.persistence.PersistenceException;
import org.cardhub.testing.MigratedDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Applications on the real schema (V17, H2 in its PostgreSQL mode) and mapping: what is kept reads back the same, and
 * the database itself holds one waiting application per INN — the guard when two are submitted at the same moment.
 */
class ApplicationMappingTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:15:00Z");
    private static final Offer OFFER = Offer.of("2026.1", "ru", "Текст оферты");

    private final MigratedDatabase database = new MigratedDatabase();

    @AfterEach
    void closeTheDatabase() {
        database.close();
    }

    private static Application online(String subject) {
        return Application.online(Drafts.ENTREPRENEUR, List.of(), new Applicant(subject, subject + "@example.ru", null),
                new OfferAcceptance(OFFER, NOW, subject), NOW);
    }

    private long store(Application application) {
        return database.inTransaction(em -> {
            em.persist(application);
            em.flush();
            return application.id();
        });
    }

    @Test
    void anApplicationReadsBackAsItWasKept() {
        long id = store(online("anna"));

        ApplicationRow row = database.inTransaction(em -> em.find(Application.class, id).row());

        assertThat(row.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(row.plan()).isEqualTo(TariffPlan.TRANSIT);
        assertThat(row.option()).isEqualTo(TariffOption.OPTIMAL_PLUS);
        assertThat(row.tariffCode()).isEqualTo("TRANSIT_OPTIMAL_PLUS");
        assertThat(row.ogrn()).isEqualTo("304500116000157");
        assertThat(row.offerSha256()).isEqualTo(OFFER.sha256());
        assertThat(row.offerAcceptedAt()).isEqualTo(NOW);
        assertThat(row.timeZone()).isEqualTo("Asia/Vladivostok");
    }

    @Test
    void aSecondWaitingApplicationForTheSameInnIsRefusedByTheDatabase() {
        store(online("anna"));

        assertThatThrownBy(() -> store(online("boris"))).isInstanceOf(PersistenceException.class);
    }

    @Test
    void onceDecidedTheInnIsFreeForANewApplication() {
        long id = store(online("anna"));
        database.inTransaction(em -> {
            em.find(Application.class, id).reject("Нет выписки", "backoffice", NOW);
            return null;
        });

        long again = store(online("anna"));

        assertThat(again).isNotEqualTo(id);
    }

    @Test
    void aContractSignedAtAnOfficeIsKeptApprovedWithoutAnOffer() {
        long[] ids = database.inTransaction(em -> {
            em.createNativeQuery("INSERT INTO organization (form, name, inn, time_zone, created_at) "
                    + "VALUES ('LEGAL_ENTITY', 'Ромашка', '7707083893', 'Europe/Moscow', CURRENT_TIMESTAMP)").executeUpdate();
            long organization = ((Number) em.createNativeQuery("SELECT MAX(id) FROM organization").getSingleResult()).longValue();
            em.createNativeQuery("INSERT INTO contract (number, kind, organization_id, tariff_code, status, balance_model, "
                    + "funding, time_zone, created_at) VALUES ('F-77', 'FUEL', ?, 'REGIONAL', 'ACTIVE', 'POOLED', 'PREPAID', "
                    + "'Europe/Moscow', CURRENT_TIMESTAMP)").setParameter(1, organization).executeUpdate();
            long contract = ((Number) em.createNativeQuery("SELECT MAX(id) FROM contract").getSingleResult()).longValue();
            return new long[]{organization, contract};
        });
        Application office = Application.signedAtOffice(Drafts.LEGAL_ENTITY, List.of(), null, NOW);
        office.approve(ids[0], ids[1], "F-77", "backoffice", NOW);

        long id = store(office);

        ApplicationRow row = database.inTransaction(em -> em.find(Application.class, id).row());
        assertThat(row.channel()).isEqualTo(ApplicationChannel.OFFICE);
        assertThat(row.offerVersion()).isNull();
        assertThat(row.contractNumber()).isEqualTo("F-77");
    }
}
