package org.cardhub.onboarding.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.contracts.boundary.Contracts;
import org.cardhub.onboarding.entity.ApplicationDraft;
import org.cardhub.onboarding.entity.ApplicationField;
import org.cardhub.onboarding.entity.ApplicationProblem;
import org.cardhub.onboarding.entity.ApplicationRefusal;
import org.cardhub.onboarding.entity.ApplicationTerms;
import org.cardhub.organizations.entity.Inn;
import org.cardhub.terminals.boundary.Terminals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An application checked against everything Cardhub knows: the draft's own rules with the tariffs and the network's
 * stations, then whether its organisation is a client already or has an application waiting. The same checks run
 * when the applicant types, when they submit, when the back office approves and when it registers an office contract.
 */
@Dependent
public class ApplicationChecks {

    @PersistenceContext
    EntityManager em;

    @EJB
    Contracts contracts;

    @EJB
    Terminals terminals;

    public ApplicationTerms terms() {
        return ApplicationTerms.of(contracts.tariffs(), terminals.fuelStations());
    }

    /** Every problem of the draft; {@code except}: the application being decided, which holds its own INN. */
    public List<ApplicationProblem> problems(ApplicationDraft draft, ApplicationTerms terms, Long except) {
        List<ApplicationProblem> problems = new ArrayList<>(draft.problems(terms));
        boolean innValid = problems.stream().noneMatch(problem -> problem.field() == ApplicationField.INN);
        if (innValid) {
            clientRefusal(draft.inn().strip(), except).ifPresent(refusal -> problems.addAll(refusal.problems()));
        }
        return problems;
    }

    /**
     * Refused with every problem when the draft has any of its own (its code {@code FIELDS_INVALID}), else with
     * {@code ALREADY_CLIENT} or {@code ALREADY_APPLIED} when its organisation is a client or waits; else nothing.
     */
    public void requireValid(ApplicationDraft draft, ApplicationTerms terms, Long except) {
        if (!draft.problems(terms).isEmpty()) {
            throw new ApplicationRefusal(problems(draft, terms, except));
        }
        requireNoClient(draft.inn().strip(), except);
    }

    /** Refused when an organisation with this INN is a client, or has an application waiting (other than {@code except}). */
    public void requireNoClient(String inn, Long except) {
        Optional<ApplicationRefusal> refusal = clientRefusal(inn, except);
        if (refusal.isPresent()) {
            throw refusal.get();
        }
    }

    private Optional<ApplicationRefusal> clientRefusal(String inn, Long except) {
        if (!Inn.isValid(inn)) {
            return Optional.empty();
        }
        if (contracts.isClient(inn)) {
            return Optional.of(new ApplicationRefusal(ApplicationRefusal.Code.ALREADY_CLIENT, ApplicationField.INN,
                    "An organisation with INN " + inn + " has a contract already"));
        }
        boolean applied = !em.createQuery("SELECT a.id FROM Application a WHERE a.pendingInn = :inn AND a.id <> :except",
                        Long.class).setParameter("inn", inn).setParameter("except", except == null ? -1L : except)
                .setMaxResults(1).getResultList().isEmpty();
        return applied ? Optional.of(new ApplicationRefusal(ApplicationRefusal.Code.ALREADY_APPLIED, ApplicationField.INN,
                "An application for INN " + inn + " waits for the back office")) : Optional.empty();
    }
}
