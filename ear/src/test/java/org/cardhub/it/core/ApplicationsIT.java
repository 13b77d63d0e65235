package org.cardhub.it.core;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.callers.CompanyRight;
import org.cardhub.contracts.boundary.Contracts;
import org.cardhub.contracts.entity.BalanceModel;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.ContractStatus;
import org.cardhub.contracts.entity.Funding;
import org.cardhub.fleet.boundary.CompanyUsers;
import org.cardhub.fleet.entity.CompanyUser;
import org.cardhub.fleet.entity.KeycloakUnavailableException;
import org.cardhub.onboarding.boundary.ApplicationReview;
import org.cardhub.onboarding.boundary.Applications;
import org.cardhub.onboarding.entity.ApplicationChannel;
import org.cardhub.onboarding.entity.ApplicationDraft;
import org.cardhub.onboarding.entity.ApplicationField;
import org.cardhub.onboarding.entity.ApplicationFilter;
import org.cardhub.onboarding.entity.ApplicationProblem;
import org.cardhub.onboarding.entity.ApplicationRefusal;
import org.cardhub.onboarding.entity.ApplicationRow;
import org.cardhub.onboarding.entity.ApplicationStatus;
import org.cardhub.onboarding.entity.Offer;
import org.cardhub.onboarding.entity.TariffOption;
import org.cardhub.onboarding.entity.TariffPlan;
import org.cardhub.organizations.boundary.Organizations;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.cardhub.it.core.TestRequisites.legalEntity;
import static org.cardhub.it.core.TestRequisites.newInn;
import static org.cardhub.it.core.TestRequisites.withCards;
import static org.cardhub.it.core.TestRequisites.withTariff;

/**
 * Applications for a fuel contract on the real boundaries and database inside Payara: an applicant submits with the
 * offer accepted and sees their own applications only; a requisite, a tariff option or a number of cards that does
 * not fit, an INN that is a client or waits already, an offer not accepted or not in force — each refused with the
 * problem at its field, nothing written; the back office approves (an active contract, the applicant the company's
 * administrator with the role {@code corporate} in the real Keycloak — all or nothing), rejects with a reason the
 * applicant reads, and registers a contract signed at an office. Who may call what is checked role by role.
 */
@ExtendWith(ArquillianExtension.class)
class ApplicationsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return CoreTestDeployment.shared();
    }

    @EJB
    BackOffice backOffice;

    @EJB
    AsApplicant anna;

    @EJB
    AsOtherApplicant boris;

    @EJB
    AsFleetManager fleet;

    @EJB
    AsParent parent;

    @EJB
    Fixtures fixtures;

    @EJB
    ApplicantAccounts accounts;

    @EJB
    Applications applications;

    @EJB
    ApplicationReview review;

    @EJB
    Contracts contracts;

    @EJB
    Organizations organizations;

    @EJB
    CompanyUsers companyUsers;

    @Test
    void anApplicantSubmitsWithTheOfferAcceptedAndSeesItWaitingAndTheBackOfficeReadsIt() throws Exception {
        Offer offer = anna.call(() -> applications.offer("ru"));
        long before = anna.call(() -> applications.countMine(ApplicationFilter.ALL));

        ApplicationRow sent = submitAsAnna(legalEntity(newInn(), 25));
        try {
            assertThat(sent.status()).isEqualTo(ApplicationStatus.SUBMITTED);
            assertThat(sent.channel()).isEqualTo(ApplicationChannel.ONLINE);
            assertThat(sent.applicantSubject()).isEqualTo("applicant1");
            assertThat(sent.offerVersion()).isEqualTo(offer.version());
            assertThat(sent.offerSha256()).isEqualTo(offer.sha256()).isEqualTo(Offer.sha256(offer.text()));
            assertThat(sent.offerAcceptedAt()).isNotNull();
            assertThat(sent.cardCount()).isEqualTo(25);
            assertThat(anna.call(() -> applications.countMine(ApplicationFilter.ALL))).isEqualTo(before + 1);
            assertThat(anna.call(() -> applications.mine(ApplicationFilter.ALL, 0, 5))).extracting(ApplicationRow::id)
                    .first().isEqualTo(sent.id());
            assertThat(anna.call(() -> applications.acceptedOffer(sent.id()))).contains(offer);
            assertThat(anna.call(() -> applications.summaryOfMine(ApplicationFilter.ALL)).get(ApplicationStatus.SUBMITTED))
                    .isPositive();
            LocalDate tomorrow = LocalDate.now(ApplicationFilter.ZONE).plusDays(1);
            assertThat(anna.call(() -> applications.mine(new ApplicationFilter(tomorrow, null, null), 0, 100)))
                    .extracting(ApplicationRow::id).doesNotContain(sent.id());
            assertThat(backOffice.call(() -> applications.find(sent.id())).inn()).isEqualTo(sent.inn());
            assertThat(backOffice.call(() -> review.count(new ApplicationFilter(null, null, ApplicationStatus.SUBMITTED))))
                    .isPositive();
        } finally {
            rejectQuietly(sent.id());
        }
    }

    @Test
    void anApplicantSeesOnlyTheirOwnAndReachesNothingElseWhileOthersCannotApply() throws Exception {
        ApplicationRow annas = submitAsAnna(legalEntity(newInn(), 3));
        try {
            assertThat(refusalOf(() -> boris.call(() -> applications.find(annas.id())))).isInstanceOf(AccessDeniedException.class);
            assertThat(refusalOf(() -> boris.call(() -> applications.acceptedOffer(annas.id())))).isInstanceOf(AccessDeniedException.class);
            assertThat(boris.call(() -> applications.mine(ApplicationFilter.ALL, 0, 10_000))).extracting(ApplicationRow::id)
                    .doesNotContain(annas.id());
            assertThat(anna.call(() -> applications.find(annas.id())).id()).isEqualTo(annas.id());
            assertThat(backOffice.call(() -> applications.find(annas.id())).id()).isEqualTo(annas.id());

            assertDenied(() -> anna.call(() -> review.queue(ApplicationFilter.ALL, 0, 10)));
            assertDenied(() -> anna.call(() -> review.approve(annas.id())));
            assertDenied(() -> anna.call(() -> review.reject(annas.id(), "сам себе")));
            assertDenied(() -> anna.call(() -> review.registerSignedAtOffice(legalEntity(newInn(), 1), null)));
            assertDenied(() -> anna.call(() -> companyUsers.companies()));
            assertDenied(() -> anna.call(() -> organizations.search("", 10)));
            assertDenied(() -> anna.call(() -> contracts.findByNumber("F-00000001")));
            assertDenied(() -> fleet.call(() -> applications.submit(legalEntity(newInn(), 1), null, null, "f@cardhub.local", null)));
            assertDenied(() -> fleet.call(() -> applications.mine(ApplicationFilter.ALL, 0, 10)));
            assertDenied(() -> fleet.call(() -> applications.find(annas.id())));
            assertDenied(() -> parent.call(() -> applications.offer("ru")));
            assertDenied(() -> parent.call(() -> applications.find(annas.id())));
        } finally {
            rejectQuietly(annas.id());
        }
    }

    @Test
    void anInnThatIsAClientIsRefusedAtTheInnAndNothingIsWritten() throws Exception {
        long company = backOffice.call(() -> fixtures.company("Europe/Moscow"));
        backOffice.call(() -> fixtures.activeFuelContract(company, BalanceModel.POOLED, Funding.PREPAID, "0"));
        String clientInn = backOffice.call(() -> organizations.find(company).orElseThrow().inn());
        long before = anna.call(() -> applications.countMine(ApplicationFilter.ALL));

        ApplicationRefusal refused = applicationRefusalOf(() -> submitAsAnna(legalEntity(clientInn, 5)));

        assertThat(refused.code()).isEqualTo(ApplicationRefusal.Code.ALREADY_CLIENT);
        assertThat(refused.problems()).containsExactly(new ApplicationProblem(ApplicationField.INN, "ALREADY_CLIENT"));
        assertThat(anna.call(() -> applications.countMine(ApplicationFilter.ALL))).isEqualTo(before);
        assertThat(anna.call(() -> applications.problems(legalEntity(clientInn, 5))))
                .as("said while typing too").contains(new ApplicationProblem(ApplicationField.INN, "ALREADY_CLIENT"));
    }

    @Test
    void aSecondApplicationForAnInnThatWaitsIsRefusedOnlineAndAtTheOffice() throws Exception {
        String inn = newInn();
        ApplicationRow first = submitAsAnna(legalEntity(inn, 5));
        try {
            ApplicationRefusal again = applicationRefusalOf(() -> boris.call(() -> submit(legalEntity(inn, 7), "boris")));
            assertThat(again.code()).isEqualTo(ApplicationRefusal.Code.ALREADY_APPLIED);
            assertThat(again.problems()).containsExactly(new ApplicationProblem(ApplicationField.INN, "ALREADY_APPLIED"));
            assertThat(applicationRefusalOf(() -> backOffice.call(() -> review.registerSignedAtOffice(legalEntity(inn, 5), null)))
                    .code()).isEqualTo(ApplicationRefusal.Code.ALREADY_APPLIED);
            assertThat(backOffice.call(() -> organizations.withInn(inn))).isEmpty();
        } finally {
            rejectQuietly(first.id());
        }
    }

    @Test
    void aTariffOptionThatDoesNotFitItsTariffOrStationsThatDoNotFitAreRefusedAtTheirFields() throws Exception {
        ApplicationDraft draft = legalEntity(newInn(), 5);
        long before = anna.call(() -> applications.countMine(ApplicationFilter.ALL));

        assertThat(problemsOf(withTariff(draft, TariffPlan.REGIONAL, TariffOption.OPTIMAL_PLUS, List.of())))
                .containsExactly(new ApplicationProblem(ApplicationField.OPTION, "OPTION_NOT_OF_TARIFF"));
        assertThat(problemsOf(withTariff(draft, TariffPlan.TRANSIT, null, List.of())))
                .containsExactly(new ApplicationProblem(ApplicationField.OPTION, "OPTION_REQUIRED"));
        assertThat(problemsOf(withTariff(draft, TariffPlan.REGIONAL_PLUS, null, List.of("AZS-17"))))
                .containsExactly(new ApplicationProblem(ApplicationField.STATIONS, "STATIONS_REQUIRED"));
        assertThat(problemsOf(withTariff(draft, TariffPlan.REGIONAL_PLUS, null, List.of("AZS-17", "AZS-23", "NO-SUCH-STATION"))))
                .containsExactly(new ApplicationProblem(ApplicationField.STATIONS, "STATION_UNKNOWN"));
        assertThat(anna.call(() -> applications.countMine(ApplicationFilter.ALL))).isEqualTo(before);
    }

    @Test
    void zeroOrTenThousandAndOneCardsAreRefusedAndNothingIsWritten() throws Exception {
        ApplicationDraft draft = legalEntity(newInn(), 1);
        long before = anna.call(() -> applications.countMine(ApplicationFilter.ALL));

        for (Integer cards : new Integer[]{0, ApplicationDraft.MAX_CARDS + 1, null}) {
            assertThat(problemsOf(withCards(draft, cards))).as(String.valueOf(cards))
                    .containsExactly(new ApplicationProblem(ApplicationField.CARD_COUNT, "CARD_COUNT_RANGE"));
        }
        assertThat(anna.call(() -> applications.countMine(ApplicationFilter.ALL))).isEqualTo(before);
    }

    @Test
    void invalidRequisitesAreRefusedEachAtItsFieldAllAtOnce() throws Exception {
        ApplicationDraft good = legalEntity(newInn(), 1);
        String badInn = good.inn().substring(0, 9) + (char) ('0' + (good.inn().charAt(9) - '0' + 1) % 10);
        ApplicationDraft bad = new ApplicationDraft(good.form(), " ", badInn, "12345", good.ogrn(), "0445252250",
                "4070281093800001234", good.timeZone(), good.plan(), null, List.of(), good.balanceModel(), 1);

        assertThat(problemsOf(bad)).containsExactly(new ApplicationProblem(ApplicationField.NAME, "NAME_REQUIRED"),
                new ApplicationProblem(ApplicationField.INN, "INN_CHECKSUM"), new ApplicationProblem(ApplicationField.KPP, "KPP_FORMAT"),
                new ApplicationProblem(ApplicationField.BIK, "BIK_FORMAT"), new ApplicationProblem(ApplicationField.ACCOUNT, "ACCOUNT_FORMAT"));
    }

    @Test
    void theOfferMustBeAcceptedAndBeTheTextInForce() throws Exception {
        ApplicationDraft draft = legalEntity(newInn(), 1);
        Offer offer = anna.call(() -> applications.offer("en"));

        ApplicationRefusal notAccepted = applicationRefusalOf(() -> anna.call(() -> applications.submit(draft, null, null,
                "anna@cardhub.local", null)));
        ApplicationRefusal otherText = applicationRefusalOf(() -> anna.call(() -> applications.submit(draft, offer.version(),
                Offer.sha256(offer.text() + "."), "anna@cardhub.local", null)));

        assertThat(notAccepted.problems()).containsExactly(new ApplicationProblem(ApplicationField.OFFER, "OFFER_NOT_ACCEPTED"));
        assertThat(otherText.code()).isEqualTo(ApplicationRefusal.Code.OFFER_OUTDATED);
        assertThat(anna.call(() -> applications.mine(ApplicationFilter.ALL, 0, 10_000))).extracting(ApplicationRow::inn)
                .doesNotContain(draft.inn());
    }

    @Test
    void approvedTheContractIsActiveAndTheApplicantAdministersTheCompanyWithTheCorporateRole() throws Exception {
        ApplicationDraft draft = withTariff(legalEntity(newInn(), 40), TariffPlan.TRANSIT, TariffOption.OPTIMAL_PLUS, List.of());
        ApplicationRow sent = submitAsAnna(draft);
        String email = "applicant-" + UUID.randomUUID().toString().substring(0, 8) + "@cardhub.local";
        String subject = accounts.register(email);
        try {
            accounts.handOver(sent.id(), subject, email);

            ApplicationRow approved = backOffice.call(() -> review.approve(sent.id()));

            assertThat(approved.status()).isEqualTo(ApplicationStatus.APPROVED);
            assertThat(approved.decidedBy()).isEqualTo("backoffice");
            Contract contract = backOffice.call(() -> contracts.findByNumber(approved.contractNumber())).orElseThrow();
            assertThat(contract.status()).isEqualTo(ContractStatus.ACTIVE);
            assertThat(contract.tariffCode()).isEqualTo("TRANSIT_OPTIMAL_PLUS");
            assertThat(contract.balanceModel()).isEqualTo(BalanceModel.POOLED);
            assertThat(backOffice.call(() -> organizations.find(contract.organizationId())).orElseThrow().inn()).isEqualTo(draft.inn());
            CompanyUser administrator = backOffice.call(() -> companyUsers.team(contract.organizationId())).users().stream()
                    .filter(user -> user.subject().equals(subject)).findFirst().orElseThrow();
            assertThat(administrator.allCards()).isTrue();
            assertThat(administrator.rights()).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(CompanyRight.class));
            assertThat(administrator.email()).isEqualTo(email);
            assertThat(accounts.holdsCorporate(subject)).as("the role corporate in Keycloak").isTrue();
            assertThat(applicationRefusalOf(() -> backOffice.call(() -> review.approve(sent.id()))).code())
                    .isEqualTo(ApplicationRefusal.Code.DECIDED);
            assertThat(applicationRefusalOf(() -> submitAsAnna(legalEntity(draft.inn(), 1))).code())
                    .as("now a client").isEqualTo(ApplicationRefusal.Code.ALREADY_CLIENT);
        } finally {
            accounts.delete(subject);
            rejectQuietly(sent.id());
        }
    }

    @Test
    void whenKeycloakCannotGiveTheRoleNothingOfTheApprovalIsKept() throws Exception {
        ApplicationRow sent = submitAsAnna(legalEntity(newInn(), 2));
        try {
            Throwable failed = catchThrowable(() -> backOffice.call(() -> review.approve(sent.id())));

            assertThat(Stream.iterate(failed, link -> link != null, Throwable::getCause))
                    .as("Keycloak has no account applicant1").anyMatch(KeycloakUnavailableException.class::isInstance);
            assertThat(backOffice.call(() -> applications.find(sent.id())).status()).isEqualTo(ApplicationStatus.SUBMITTED);
            assertThat(backOffice.call(() -> organizations.withInn(sent.inn()))).isEmpty();
            assertThat(backOffice.call(() -> contracts.isClient(sent.inn()))).isFalse();
        } finally {
            rejectQuietly(sent.id());
        }
    }

    @Test
    void rejectedWithAReasonTheApplicantReadsItAndMayApplyAgain() throws Exception {
        ApplicationRow sent = submitAsAnna(legalEntity(newInn(), 2));

        assertThat(applicationRefusalOf(() -> backOffice.call(() -> review.reject(sent.id(), "   "))).problems())
                .containsExactly(new ApplicationProblem(ApplicationField.REASON, "REASON_REQUIRED"));
        backOffice.call(() -> review.reject(sent.id(), "Реквизиты не совпадают с выпиской ЕГРЮЛ"));

        ApplicationRow read = anna.call(() -> applications.find(sent.id()));
        assertThat(read.status()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(read.rejectionReason()).isEqualTo("Реквизиты не совпадают с выпиской ЕГРЮЛ");
        assertThat(anna.call(() -> applications.mine(new ApplicationFilter(null, null, ApplicationStatus.REJECTED), 0, 10_000)))
                .extracting(ApplicationRow::id).contains(sent.id());
        assertThat(anna.call(() -> applications.mine(new ApplicationFilter(null, null, ApplicationStatus.SUBMITTED), 0, 10_000)))
                .extracting(ApplicationRow::id).doesNotContain(sent.id());
        assertThat(applicationRefusalOf(() -> backOffice.call(() -> review.reject(sent.id(), "ещё раз"))).code())
                .isEqualTo(ApplicationRefusal.Code.DECIDED);
        ApplicationRow again = submitAsAnna(legalEntity(sent.inn(), 2));
        rejectQuietly(again.id());
    }

    @Test
    void aContractSignedAtAnOfficeIsActiveAtOnceAndKeptAmongTheApplications() throws Exception {
        ApplicationDraft draft = legalEntity(newInn(), 12);

        ApplicationRow office = backOffice.call(() -> review.registerSignedAtOffice(draft, null));

        assertThat(office.channel()).isEqualTo(ApplicationChannel.OFFICE);
        assertThat(office.status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(office.offerVersion()).isNull();
        assertThat(backOffice.call(() -> contracts.findByNumber(office.contractNumber())).orElseThrow().status())
                .isEqualTo(ContractStatus.ACTIVE);
        assertThat(applicationRefusalOf(() -> backOffice.call(() -> review.registerSignedAtOffice(draft, null))).code())
                .isEqualTo(ApplicationRefusal.Code.ALREADY_CLIENT);
        assertThat(applicationRefusalOf(() -> backOffice.call(() -> review.registerSignedAtOffice(withCards(draft, 0), null)))
                .problems()).contains(new ApplicationProblem(ApplicationField.CARD_COUNT, "CARD_COUNT_RANGE"));
    }

    private ApplicationRow submitAsAnna(ApplicationDraft draft) throws Exception {
        return anna.call(() -> submit(draft, "anna"));
    }

    /** Submits as the caller with the offer in force accepted (in Russian). */
    private ApplicationRow submit(ApplicationDraft draft, String who) {
        Offer offer = applications.offer("ru");
        return applications.submit(draft, offer.version(), offer.sha256(), who + "@cardhub.local", who);
    }

    /** The problems the submission is refused with, and that nothing was submitted for the draft. */
    private List<ApplicationProblem> problemsOf(ApplicationDraft draft) throws Exception {
        ApplicationRefusal refused = applicationRefusalOf(() -> submitAsAnna(draft));
        assertThat(refused.code()).isEqualTo(ApplicationRefusal.Code.FIELDS_INVALID);
        assertThat(anna.call(() -> applications.problems(draft))).as("the same while typing").isEqualTo(refused.problems());
        return refused.problems();
    }

    private void rejectQuietly(long applicationId) {
        try {
            backOffice.call(() -> review.reject(applicationId, "test finished"));
        } catch (RuntimeException decidedAlready) {
            // the test decided it itself
        }
    }

    private static ApplicationRefusal applicationRefusalOf(ThrowingCallable action) {
        Throwable thrown = refusalOf(action);
        assertThat(thrown).isInstanceOf(ApplicationRefusal.class);
        return (ApplicationRefusal) thrown;
    }

    /** The refusal (or access failure) in the chain of what the action threw. */
    private static Throwable refusalOf(ThrowingCallable action) {
        Throwable thrown = catchThrowable(action);
        assertThat(thrown).as("refused").isNotNull();
        return Stream.iterate(thrown, link -> link != null, Throwable::getCause)
                .filter(link -> link instanceof ApplicationRefusal || link instanceof AccessDeniedException
                        || link instanceof EJBAccessException).findFirst().orElse(thrown);
    }

    private static void assertDenied(ThrowingCallable action) {
        assertThat(refusalOf(action)).isInstanceOf(EJBAccessException.class);
    }
}
