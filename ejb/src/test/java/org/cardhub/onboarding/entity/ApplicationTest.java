package org.cardhub.onboarding.entity;

import org.cardhub.callers.AccessDeniedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cardhub.refusal.RefusalAssertions.assertRefused;

/** An application waits until the back office decides it, once; only its applicant reads it. */
class ApplicationTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:15:00Z");
    private static final Offer OFFER = Offer.of("2026.1", "ru", "Текст оферты");
    private static final Applicant ANNA = new Applicant("subject-anna", " Anna@Example.RU ", "Анна Заявителева");

    private static Application submitted() {
        return Application.online(Drafts.LAWYER, Drafts.LAWYER.chosenStations(Drafts.TERMS), ANNA,
                new OfferAcceptance(OFFER, NOW, "subject-anna"), NOW);
    }

    @Test
    void aSubmittedApplicationKeepsWhatWasAppliedForAndTheOfferAccepted() {
        ApplicationRow row = submitted().row();

        assertThat(row.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(row.channel()).isEqualTo(ApplicationChannel.ONLINE);
        assertThat(row.applicantEmail()).isEqualTo("anna@example.ru");
        assertThat(row.inn()).isEqualTo("500100732259");
        assertThat(row.kpp()).isNull();
        assertThat(row.timeZone()).isEqualTo("Europe/Samara");
        assertThat(row.tariffCode()).isEqualTo("REGIONAL_PLUS");
        assertThat(row.stations()).containsExactly("AZS-17", "AZS-23", "AZS-31");
        assertThat(row.cardCount()).isEqualTo(ApplicationDraft.MAX_CARDS);
        assertThat(row.offerVersion()).isEqualTo("2026.1");
        assertThat(row.offerSha256()).isEqualTo(Offer.sha256("Текст оферты")).hasSize(64);
        assertThat(row.offerAcceptedAt()).isEqualTo(NOW);
        assertThat(row.decidedAt()).isNull();
    }

    @Test
    void theOfferIsAcceptedByTheApplicantThemselves() {
        assertThatThrownBy(() -> Application.online(Drafts.LAWYER, List.of("AZS-17", "AZS-23", "AZS-31"), ANNA,
                new OfferAcceptance(OFFER, NOW, "someone-else"), NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void approvedItNamesItsContractAndCannotBeDecidedAgain() {
        Application application = submitted();

        application.approve(7, 42, "F-1042", "backoffice", NOW.plusSeconds(60));

        assertThat(application.row().status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(application.row().contractNumber()).isEqualTo("F-1042");
        assertThat(application.row().decidedBy()).isEqualTo("backoffice");
        assertRefused(() -> application.reject("late", "backoffice", NOW), ApplicationRefusal.Code.DECIDED);
        assertRefused(() -> application.approve(7, 43, "F-1043", "backoffice", NOW), ApplicationRefusal.Code.DECIDED);
    }

    @Test
    void rejectedItKeepsTheReasonTheApplicantReads() {
        Application application = submitted();

        application.reject("  ИНН не совпадает с выпиской ЕГРЮЛ ", "backoffice", NOW);

        assertThat(application.row().status()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(application.row().rejectionReason()).isEqualTo("ИНН не совпадает с выпиской ЕГРЮЛ");
        assertRefused(() -> application.approve(7, 42, "F-1042", "backoffice", NOW), ApplicationRefusal.Code.DECIDED);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void aRejectionWithoutAReasonIsRefusedAtTheReason(String reason) {
        Application application = submitted();

        assertRefused(() -> application.reject(reason, "backoffice", NOW), ApplicationRefusal.Code.REASON_REQUIRED);
        assertThat(application.status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void aReasonLongerThanFiveHundredCharactersIsRefused() {
        assertRefused(() -> submitted().reject("x".repeat(501), "backoffice", NOW), ApplicationRefusal.Code.REASON_REQUIRED);
    }

    @Test
    void onlyTheApplicantSeesTheirApplication() {
        Application application = submitted();

        application.requireVisibleTo("subject-anna");
        assertRefused(() -> application.requireVisibleTo("subject-boris"), AccessDeniedException.Code.NOT_FOUND);
        assertRefused(() -> application.requireVisibleTo(null), AccessDeniedException.Code.NOT_FOUND);
    }

    @Test
    void aContractSignedAtAnOfficeHasNoOfferAndNoApplicantToSeeIt() {
        Application office = Application.signedAtOffice(Drafts.LEGAL_ENTITY, List.of(), null, NOW);
        office.approve(7, 42, "F-1042", "backoffice", NOW);

        assertThat(office.row().channel()).isEqualTo(ApplicationChannel.OFFICE);
        assertThat(office.row().offerVersion()).isNull();
        assertThat(office.row().status()).isEqualTo(ApplicationStatus.APPROVED);
        assertRefused(() -> office.requireVisibleTo("subject-anna"), AccessDeniedException.Code.NOT_FOUND);
    }
}
