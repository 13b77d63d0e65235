package org.cardhub.onboarding.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.contracts.entity.BalanceModel;
import org.cardhub.organizations.entity.Requisites;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A company's application for a fuel contract, made by the person who registered for it: the organisation and its
 * requisites, the tariff with its option and stations, the balance model, the number of cards and the offer they
 * accepted. Submitted, it waits for the back office, which approves it once (naming the contract it became) or rejects
 * it once with a reason the applicant reads. While it waits, its INN is held so that no second application for the
 * same organisation is taken.
 */
@Entity
public class Application {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "applicant_subject")
    private String applicantSubject;

    @Column(name = "applicant_email")
    private String applicantEmail;

    @Column(name = "applicant_name")
    private String applicantName;

    @Enumerated(EnumType.STRING)
    private ApplicationStatus status;

    @Enumerated(EnumType.STRING)
    private ApplicationChannel channel;

    @Embedded
    private ApplyingOrganization organization;

    @Enumerated(EnumType.STRING)
    @Column(name = "tariff_plan")
    private TariffPlan tariffPlan;

    @Enumerated(EnumType.STRING)
    @Column(name = "tariff_option")
    private TariffOption tariffOption;

    @Column(name = "tariff_code")
    private String tariffCode;

    @Column(name = "chosen_stations")
    private String chosenStations;

    @Enumerated(EnumType.STRING)
    @Column(name = "balance_model")
    private BalanceModel balanceModel;

    @Column(name = "card_count")
    private int cardCount;

    @Embedded
    private OfferAcceptance offer;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "rejection_reason")
    private String rejectionReason;

    @Column(name = "organization_id")
    private Long organizationId;

    @Column(name = "contract_id")
    private Long contractId;

    @Column(name = "contract_number")
    private String contractNumber;

    /** The INN while the application waits (unique), null once decided: one waiting application per organisation. */
    @Column(name = "pending_inn")
    private String pendingInn;

    @Version
    private long version;

    protected Application() {
    }

    /**
     * An application made online from a valid draft (see {@link ApplicationDraft#requireValid}), with its stations as
     * the tariff's rule resolved them, by the person who accepted the offer; it waits for the back office.
     */
    public static Application online(ApplicationDraft draft, List<String> stations, Applicant applicant,
                                     OfferAcceptance offer, Instant now) {
        if (!applicant.subject().equals(offer.acceptedBy())) {
            throw new IllegalArgumentException("The offer is accepted by the applicant");
        }
        Application application = new Application(draft, stations, ApplicationChannel.ONLINE, applicant, now);
        application.offer = offer;
        application.pendingInn = application.organization.inn();
        return application;
    }

    /**
     * A contract signed on paper at an office, as the back office registers it: no offer, and approved at once (see
     * {@link #approve}); {@code administrator} is the company's person it invites, or null.
     */
    public static Application signedAtOffice(ApplicationDraft draft, List<String> stations, Applicant administrator,
                                             Instant now) {
        return new Application(draft, stations, ApplicationChannel.OFFICE, administrator, now);
    }

    private Application(ApplicationDraft draft, List<String> stations, ApplicationChannel channel, Applicant applicant,
                        Instant now) {
        Requisites requisites = draft.requisites();
        if (draft.cardCount() == null || draft.cardCount() < 1 || draft.cardCount() > ApplicationDraft.MAX_CARDS) {
            throw new ApplicationRefusal(List.of(new ApplicationProblem(ApplicationField.CARD_COUNT, "CARD_COUNT_RANGE")));
        }
        this.channel = channel;
        if (applicant != null) {
            this.applicantSubject = applicant.subject();
            this.applicantEmail = applicant.email();
            this.applicantName = applicant.name();
        }
        this.status = ApplicationStatus.SUBMITTED;
        this.organization = new ApplyingOrganization(requisites, draft.organizationName(), draft.zone());
        this.tariffPlan = draft.plan();
        this.tariffOption = draft.option();
        this.tariffCode = draft.tariffCode();
        this.chosenStations = stations.isEmpty() ? null : String.join(",", stations);
        this.balanceModel = Objects.requireNonNull(draft.balanceModel(), "balanceModel");
        this.cardCount = draft.cardCount();
        this.submittedAt = now;
    }

    /** The contract the application became; the organisation's and the contract's ids are kept with it. */
    public void approve(long organizationId, long contractId, String contractNumber, String decidedBy, Instant now) {
        requireSubmitted();
        this.status = ApplicationStatus.APPROVED;
        this.organizationId = organizationId;
        this.contractId = contractId;
        this.contractNumber = Objects.requireNonNull(contractNumber);
        decided(decidedBy, now);
    }

    /** Rejected with the reason the applicant reads (at most 500 characters). */
    public void reject(String reason, String decidedBy, Instant now) {
        requireSubmitted();
        String said = reason == null ? "" : reason.strip();
        if (said.isEmpty() || said.length() > 500) {
            throw new ApplicationRefusal(ApplicationRefusal.Code.REASON_REQUIRED, ApplicationField.REASON,
                    "A rejection says why in 1 to 500 characters");
        }
        this.status = ApplicationStatus.REJECTED;
        this.rejectionReason = said;
        decided(decidedBy, now);
    }

    /** Applicants see their own applications only; anyone else is told there is none (whether there is or not). */
    public void requireVisibleTo(String subject) {
        if (subject == null || !subject.equals(applicantSubject)) {
            throw new AccessDeniedException("application", id);
        }
    }

    public void requireSubmitted() {
        if (status != ApplicationStatus.SUBMITTED) {
            throw new ApplicationRefusal(ApplicationRefusal.Code.DECIDED, null, "Application " + id + " is " + status);
        }
    }

    private void decided(String decidedBy, Instant now) {
        this.decidedBy = Objects.requireNonNull(decidedBy);
        this.decidedAt = Objects.requireNonNull(now);
        this.pendingInn = null;
    }

    /** What the pages and the report show of it. */
    public ApplicationRow row() {
        return new ApplicationRow(id, status, channel, submittedAt, applicantSubject, applicantEmail, applicantName,
                organization.form(), organization.name(), organization.inn(), organization.kpp(), organization.ogrn(),
                organization.bik(), organization.settlementAccount(), organization.timeZone().getId(), tariffPlan, tariffOption, tariffCode,
                stations(), balanceModel, cardCount, offer == null ? null : offer.version(), offer == null ? null : offer.sha256(),
                offer == null ? null : offer.acceptedAt(), decidedAt,
                decidedBy, rejectionReason, contractNumber);
    }

    public List<String> stations() {
        return chosenStations == null ? List.of() : Arrays.asList(chosenStations.split(","));
    }

    public Long id() {
        return id;
    }

    public ApplicationStatus status() {
        return status;
    }

    public String applicantSubject() {
        return applicantSubject;
    }

    public String applicantEmail() {
        return applicantEmail;
    }

    public ApplyingOrganization organization() {
        return organization;
    }

    public String tariffCode() {
        return tariffCode;
    }

    public BalanceModel balanceModel() {
        return balanceModel;
    }

    public int cardCount() {
        return cardCount;
    }
}
