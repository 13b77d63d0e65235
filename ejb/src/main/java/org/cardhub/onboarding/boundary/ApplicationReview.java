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
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.callers.CardScope;
import org.cardhub.callers.CompanyRight;
import org.cardhub.callers.Role;
import org.cardhub.contracts.boundary.Contracts;
import org.cardhub.contracts.entity.BalanceModel;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.Funding;
import org.cardhub.fleet.boundary.CompanyUsers;
import org.cardhub.fleet.entity.CompanyUser;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.onboarding.control.ApplicationChecks;
import org.cardhub.onboarding.entity.Applicant;
import org.cardhub.onboarding.entity.Application;
import org.cardhub.onboarding.entity.ApplicationDraft;
import org.cardhub.onboarding.entity.ApplicationFilter;
import org.cardhub.onboarding.entity.ApplicationRow;
import org.cardhub.onboarding.entity.ApplicationStatus;
import org.cardhub.onboarding.entity.ApplicationTerms;
import org.cardhub.onboarding.entity.ApplyingOrganization;
import org.cardhub.onboarding.entity.OfficeAdministrator;
import org.cardhub.organizations.boundary.Organizations;
import org.cardhub.organizations.entity.Organization;
import org.cardhub.organizations.entity.Requisites;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * The back office's side of onboarding: the queue of applications, page by page; approving one (its organisation is
 * registered or found, its contract opened and made active, its applicant made the company's administrator with the
 * role {@code corporate} in Keycloak — all or nothing); rejecting one with the reason its applicant reads; and
 * registering a contract signed on paper at an office, active at once.
 */
@Stateless
@RolesAllowed(Role.Names.BACKOFFICE)
public class ApplicationReview {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @EJB
    AuditLog audit;

    @EJB
    Organizations organizations;

    @EJB
    Contracts contracts;

    @EJB
    CompanyUsers companyUsers;

    @Inject
    ApplicationChecks checks;

    /** Applications of the filter: those waiting oldest first (the queue), the others newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ApplicationRow> queue(ApplicationFilter filter, int first, int max) {
        String order = filter.status() == ApplicationStatus.SUBMITTED ? "ASC" : "DESC";
        return query("SELECT a", filter, " ORDER BY a.submittedAt " + order + ", a.id " + order, Application.class)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 500)))
                .getResultStream().map(Application::row).toList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long count(ApplicationFilter filter) {
        return query("SELECT COUNT(a)", filter, "", Long.class).getSingleResult();
    }

    /**
     * Approves the waiting application: the contract becomes active on the tariff applied for and the applicant the
     * company's first administrator (all cards, every right, the role {@code corporate}: they sign in again to use it).
     * Refused, nothing written, when it was decided already or its organisation has become a client meanwhile.
     */
    public ApplicationRow approve(long applicationId) {
        Application application = waiting(applicationId);
        checks.requireNoClient(application.organization().inn(), application.id());
        ApplyingOrganization applying = application.organization();
        Organization organization = organizationOf(applying.requisites(), applying.name(), applying.timeZone());
        Contract contract = openActive(organization, application.tariffCode(), application.stations(),
                application.balanceModel(), "application " + application.id() + " approved");
        application.approve(organization.id(), contract.id(), contract.number(), caller(), Instant.now());
        companyUsers.admitAdministrator(organization.id(), application.applicantSubject(), application.applicantEmail());
        audit.record(audit.actor(null), "application.approve", AuditSubject.APPLICATION, application.id(),
                "contract " + contract.number() + " for organisation " + organization.id() + "; administrator "
                        + application.applicantSubject());
        return application.row();
    }

    /** Rejects the waiting application with the reason its applicant reads (1 to 500 characters). */
    public ApplicationRow reject(long applicationId, String reason) {
        Application application = waiting(applicationId);
        application.reject(reason, caller(), Instant.now());
        audit.record(audit.actor(null), "application.reject", AuditSubject.APPLICATION, application.id(), reason.strip());
        return application.row();
    }

    /**
     * Registers a contract signed on paper at an office: checked as an application is (the offer aside), active at once,
     * and kept among the applications as approved. {@code administrator} (or null) is invited by Keycloak's mail to
     * administer the company.
     */
    public ApplicationRow registerSignedAtOffice(ApplicationDraft draft, OfficeAdministrator administrator) {
        ApplicationTerms terms = checks.terms();
        checks.requireValid(draft, terms, null);
        List<String> stations = draft.chosenStations(terms);
        Organization organization = organizationOf(draft.requisites(), draft.organizationName(), draft.zone());
        Contract contract = openActive(organization, draft.tariffCode(), stations, draft.balanceModel(), "signed at an office");
        Applicant invited = null;
        if (administrator != null) {
            CompanyUser user = companyUsers.invite(organization.id(), administrator.email(), administrator.firstName(),
                    administrator.lastName(), CardScope.ALL, EnumSet.allOf(CompanyRight.class));
            invited = new Applicant(user.subject(), user.email(), user.name());
        }
        Application application = Application.signedAtOffice(draft, stations, invited, Instant.now());
        application.approve(organization.id(), contract.id(), contract.number(), caller(), Instant.now());
        em.persist(application);
        em.flush();
        audit.record(audit.actor(null), "application.office", AuditSubject.APPLICATION, application.id(),
                "contract " + contract.number() + " signed at an office for organisation " + organization.id());
        return application.row();
    }

    private Application waiting(long applicationId) {
        Application application = em.find(Application.class, applicationId, LockModeType.PESSIMISTIC_WRITE);
        if (application == null) {
            throw new AccessDeniedException("application", applicationId);
        }
        application.requireSubmitted();
        return application;
    }

    /** The organisation of these requisites Cardhub has (same INN and KPP), or a new one registered with them. */
    private Organization organizationOf(Requisites requisites, String name, ZoneId zone) {
        String kpp = requisites.kpp() == null ? null : requisites.kpp().value();
        return organizations.withInn(requisites.inn().value()).stream()
                .filter(known -> Objects.equals(known.kpp(), kpp)).findFirst()
                .orElseGet(() -> organizations.register(requisites, name, zone.getId()));
    }

    private Contract openActive(Organization organization, String tariffCode, List<String> stations, BalanceModel model,
                                String reason) {
        Contract contract = contracts.applyForFuel(organization.id(), tariffCode, stations, model, Funding.PREPAID,
                Amount.zero(Currency.RUB));
        return contracts.activate(contract.id(), reason);
    }

    private <T> TypedQuery<T> query(String select, ApplicationFilter filter, String tail, Class<T> type) {
        TypedQuery<T> query = em.createQuery(select + " FROM Application a WHERE a.submittedAt >= :since "
                + "AND a.submittedAt < :until" + (filter.status() == null ? "" : " AND a.status = :status") + tail, type)
                .setParameter("since", filter.since()).setParameter("until", filter.until());
        return filter.status() == null ? query : query.setParameter("status", filter.status());
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
