package org.cardhub.onboarding.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.callers.Role;
import org.cardhub.contracts.entity.Tariff;
import org.cardhub.onboarding.control.ApplicationChecks;
import org.cardhub.onboarding.control.OfferLibrary;
import org.cardhub.onboarding.entity.Applicant;
import org.cardhub.onboarding.entity.Application;
import org.cardhub.onboarding.entity.ApplicationChoices;
import org.cardhub.onboarding.entity.ApplicationDraft;
import org.cardhub.onboarding.entity.ApplicationField;
import org.cardhub.onboarding.entity.ApplicationFilter;
import org.cardhub.onboarding.entity.ApplicationProblem;
import org.cardhub.onboarding.entity.ApplicationRefusal;
import org.cardhub.onboarding.entity.ApplicationRow;
import org.cardhub.onboarding.entity.ApplicationStatus;
import org.cardhub.onboarding.entity.ApplicationTerms;
import org.cardhub.onboarding.entity.Offer;
import org.cardhub.onboarding.entity.OfferAcceptance;
import org.cardhub.onboarding.entity.TariffPlan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A company's application for a fuel contract, as its applicant makes and follows it: the offer to read, the choices
 * of the form, the problems of what was typed (asked as they type), the submission with the offer accepted, and their
 * own applications by period and status. An applicant reaches only their own; the back office reads any.
 */
@Stateless
@RolesAllowed({Role.Names.APPLICANT, Role.Names.BACKOFFICE})
public class Applications {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @EJB
    AuditLog audit;

    @Inject
    OfferLibrary offers;

    @Inject
    ApplicationChecks checks;

    /** The offer in force, in the reader's language when it has one. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Offer offer(String language) {
        return offers.current(language);
    }

    /** The text an application's applicant accepted, as it was shown to them. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Offer> acceptedOffer(long applicationId) {
        ApplicationRow row = find(applicationId);
        return offers.find(row.offerVersion(), row.offerSha256());
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ApplicationChoices choices() {
        ApplicationTerms terms = checks.terms();
        List<ApplicationChoices.PlanChoice> plans = new ArrayList<>();
        for (TariffPlan plan : TariffPlan.values()) {
            String code = plan.tariffCode(plan.hasOptions() ? plan.options().iterator().next() : null);
            Tariff tariff = terms.tariff(code);
            if (tariff != null) {
                plans.add(new ApplicationChoices.PlanChoice(plan, tariff.chosenStations()));
            }
        }
        return new ApplicationChoices(plans, terms.stations().stream().sorted().toList());
    }

    /** Everything wrong with the draft, field by field, as submitting it would say; nothing is written. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ApplicationProblem> problems(ApplicationDraft draft) {
        return checks.problems(draft, checks.terms(), null);
    }

    /**
     * Submits the caller's application with the offer they accepted: {@code offerVersion} and {@code offerSha256} name
     * the text they were shown (both null: not accepted). Refused with every problem, nothing written, when anything is
     * wrong, the organisation is a client or waits already, or the offer is not the one in force.
     *
     * @param email the address Keycloak confirmed for the caller; {@code name} their name there
     */
    public ApplicationRow submit(ApplicationDraft draft, String offerVersion, String offerSha256, String email, String name) {
        ApplicationTerms terms = checks.terms();
        boolean accepted = offerVersion != null && offerSha256 != null;
        if (!accepted) {
            List<ApplicationProblem> problems = new ArrayList<>(checks.problems(draft, terms, null));
            problems.add(new ApplicationProblem(ApplicationField.OFFER, "OFFER_NOT_ACCEPTED"));
            throw new ApplicationRefusal(problems);
        }
        checks.requireValid(draft, terms, null);
        Offer offer = offers.inForce(offerVersion, offerSha256).orElseThrow(() -> new ApplicationRefusal(
                ApplicationRefusal.Code.OFFER_OUTDATED, ApplicationField.OFFER, "Not the offer in force: " + offerVersion));
        Instant now = Instant.now();
        Application application = Application.online(draft, draft.chosenStations(terms), new Applicant(caller(), email, name),
                new OfferAcceptance(offer, now, caller()), now);
        try {
            em.persist(application);
            em.flush();
        } catch (PersistenceException raced) {
            throw new ApplicationRefusal(ApplicationRefusal.Code.ALREADY_APPLIED, ApplicationField.INN,
                    "An application for INN " + application.organization().inn() + " was submitted at the same time");
        }
        audit.record(audit.actor(null), "application.submit", AuditSubject.APPLICATION, application.id(),
                application.organization().form() + " " + application.organization().name() + ", INN "
                        + application.organization().inn() + ", tariff " + application.tariffCode() + ", "
                        + application.cardCount() + " cards; offer " + offer.version() + " sha256 " + offer.sha256());
        return application.row();
    }

    /** The caller's own applications of the filter, newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ApplicationRow> mine(ApplicationFilter filter, int first, int max) {
        return query("SELECT a", filter, " ORDER BY a.submittedAt DESC, a.id DESC", Application.class)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 10_000)))
                .getResultStream().map(Application::row).toList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long countMine(ApplicationFilter filter) {
        return query("SELECT COUNT(a)", filter, "", Long.class).getSingleResult();
    }

    /** How many of the caller's applications of the filter are in each status (the status of the filter aside). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<ApplicationStatus, Long> summaryOfMine(ApplicationFilter filter) {
        Map<ApplicationStatus, Long> counts = new EnumMap<>(ApplicationStatus.class);
        for (ApplicationStatus status : ApplicationStatus.values()) {
            counts.put(status, 0L);
        }
        ApplicationFilter anyStatus = new ApplicationFilter(filter.from(), filter.to(), null);
        query("SELECT a.status, COUNT(a)", anyStatus, " GROUP BY a.status", Object[].class).getResultStream()
                .forEach(row -> counts.put((ApplicationStatus) row[0], (Long) row[1]));
        return counts;
    }

    /** One application: the caller's own, or any for the back office; refused as unknown otherwise. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ApplicationRow find(long applicationId) {
        Application application = em.find(Application.class, applicationId);
        if (application == null) {
            throw new AccessDeniedException("application", applicationId);
        }
        if (!session.isCallerInRole(Role.Names.BACKOFFICE)) {
            application.requireVisibleTo(caller());
        }
        return application.row();
    }

    private <T> TypedQuery<T> query(String select, ApplicationFilter filter, String tail, Class<T> type) {
        TypedQuery<T> query = em.createQuery(select + " FROM Application a WHERE a.applicantSubject = :subject "
                + "AND a.submittedAt >= :since AND a.submittedAt < :until"
                + (filter.status() == null ? "" : " AND a.status = :status") + tail, type)
                .setParameter("subject", caller()).setParameter("since", filter.since()).setParameter("until", filter.until());
        return filter.status() == null ? query : query.setParameter("status", filter.status());
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
