package org.cardhub.it.core;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.callers.RightMissingException;
import org.cardhub.cards.boundary.CardGroups;
import org.cardhub.cards.boundary.Cards;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.contracts.boundary.Contracts;
import org.cardhub.fleet.boundary.CompanyUsers;
import org.cardhub.fleet.boundary.FleetCard;
import org.cardhub.fleet.boundary.FleetTransactions;
import org.cardhub.fleet.entity.CardDetail;
import org.cardhub.fleet.entity.TransactionFilter;
import org.cardhub.it.core.AccessMatrix.Outcome;
import org.cardhub.it.core.AccessMatrix.Target;
import org.cardhub.it.core.AccessMatrix.What;
import org.cardhub.it.core.AccessMatrix.Who;
import org.cardhub.organizations.boundary.Memberships;
import org.cardhub.organizations.boundary.Organizations;
import org.cardhub.payments.boundary.Payments;
import org.cardhub.refusal.Refusal;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what to which object of the corporate cabinet, asked of the boundaries themselves, one area of the cabinet
 * per subclass: each person of {@link Who} against each object of {@link What} and each action of the area. Every cell
 * is done — and its effect is where it should be — or refused as {@link AccessMatrix#expected} says, and a refused cell
 * changes nothing: the card, its purses, limits, restrictions and vehicle, the contract's groups, transactions and
 * low-balance threshold, the company's users, read by the back office before and after.
 * <p>
 * A subclass names its actions (each with its {@link AccessMatrix.Rule}), tries one ({@link #attempt}: it does it as
 * the person, checks the effect where it lands and undoes it), and may prepare an object for it and tidy up after.
 */
abstract class CorporateAccessMatrix<A extends AccessMatrix.Action> {

    /** Once per deployment: the two companies, their people and objects. */
    static Map<What, Target> targets;

    @EJB BackOffice backOffice;
    @EJB AsFleetManager administrator;
    @EJB AsGroupManager groupManager;
    @EJB AsCardBlocker groupBlocker;
    @EJB AsGroupTreasurer groupTreasurer;
    @EJB AsOtherCompany otherCompany;
    @EJB AsParent parent;
    @EJB Fixtures fixtures;
    @EJB AccessMatrixCompanies companies;
    @EJB Organizations organizations;
    @EJB Memberships memberships;
    @EJB CompanyUsers companyUsers;
    @EJB Contracts contracts;
    @EJB Cards cards;
    @EJB CardGroups cardGroups;
    @EJB Payments payments;
    @EJB FleetCard fleetCard;
    @EJB FleetTransactions fleetTransactions;

    abstract List<A> actions();

    /** Does the action as the person: {@link Outcome#DONE} (its effect checked and undone) or left out of a list. */
    abstract Outcome attempt(A action, Who who, What what, Target target) throws Exception;

    /** The object the cell acts on, made ready by the back office (a fresh card to close, a blocked one to unblock…). */
    Target prepare(A action, What what, Target target) {
        return target;
    }

    /** Undoes what {@link #prepare} did, and whatever a cell let through left behind. */
    void tidy(A action, What what, Target target) {
    }

    Outcome expected(Who who, What what, A action) {
        return AccessMatrix.expected(who, what, action.rule());
    }

    @Test
    void theAdministratorActsOnEverythingOfTheCompanyAndReachesNothingOfAnother() throws Exception {
        assertRowOf(Who.ADMINISTRATOR);
    }

    @Test
    void aGroupManagerActsOnlyOnTheirGroupsCardsAndOnlyWithTheRightsGiven() throws Exception {
        assertRowOf(Who.GROUP_MANAGER);
    }

    @Test
    void aGroupManagerWhoMayOnlyBlockCardsBlocksThemAndChangesNothingElse() throws Exception {
        assertRowOf(Who.GROUP_BLOCKER);
    }

    @Test
    void aGroupManagerWhoMayOnlyMoveMoneyMovesItOnlyForTheirGroupsCards() throws Exception {
        assertRowOf(Who.GROUP_TREASURER);
    }

    @Test
    void anotherCompanysAdministratorActsOnTheirOwnCompanyAndReachesNothingOfThisOne() throws Exception {
        assertRowOf(Who.OTHER_COMPANY);
    }

    @Test
    void aParentReachesNothingOfAnyCompany() throws Exception {
        assertRowOf(Who.PARENT);
    }

    @Test
    void theBackOfficeActsOnEveryCompanyOutsideTheCabinetsOwnViews() throws Exception {
        assertRowOf(Who.BACK_OFFICE);
    }

    private void assertRowOf(Who who) throws Exception {
        List<String> wrong = new ArrayList<>();
        for (A action : actions()) {
            for (What what : What.values()) {
                Outcome expected = expected(who, what, action);
                if (!action.rule().appliesTo(what) || expected == Outcome.DONE && action.rule().refusalsOnly()) {
                    continue;
                }
                Target target = prepare(action, what, targets.get(what));
                try {
                    List<Object> before = stateOf(target);
                    Outcome outcome;
                    String why = "";
                    try {
                        outcome = attempt(action, who, what, target);
                    } catch (Exception refused) {
                        outcome = outcomeOf(refused);
                        why = " (" + refusalIn(refused) + ")";
                    }
                    String cell = who + " × " + what + " × " + action;
                    if (outcome != expected) {
                        wrong.add(cell + ": expected " + expected + ", was " + outcome + why);
                    } else if (outcome != Outcome.DONE && !stateOf(target).equals(before)) {
                        wrong.add(cell + ": refused, yet something changed");
                    }
                } finally {
                    tidy(action, what, target);
                }
            }
        }
        assertThat(wrong).as("the cells of %s that break the rules", who).isEmpty();
    }

    private static Outcome outcomeOf(Exception refused) throws Exception {
        List<Throwable> causes = causesOf(refused).toList();
        if (causes.stream().anyMatch(RightMissingException.class::isInstance)) {
            return Outcome.RIGHT_MISSING;
        }
        if (causes.stream().anyMatch(cause -> cause instanceof AccessDeniedException || cause instanceof EJBAccessException)) {
            return Outcome.UNSEEN;
        }
        if (causes.stream().anyMatch(Refusal.class::isInstance)) {
            return Outcome.REFUSED_BY_RULE;
        }
        throw refused;
    }

    private static String refusalIn(Exception refused) {
        return causesOf(refused).filter(cause -> cause instanceof Refusal || cause instanceof EJBAccessException)
                .findFirst().map(Throwable::toString).orElse(refused.toString());
    }

    private static Stream<Throwable> causesOf(Exception refused) {
        return Stream.iterate((Throwable) refused, link -> link != null, Throwable::getCause);
    }

    /** For a list: done when the card, group or product is in what the person was shown. */
    static Outcome shown(Collection<?> listed, Object item) {
        return listed.contains(item) ? Outcome.DONE : Outcome.UNSEEN;
    }

    <T> T as(Who who, Callable<T> work) throws Exception {
        return switch (who) {
            case ADMINISTRATOR -> administrator.call(work);
            case GROUP_MANAGER -> groupManager.call(work);
            case GROUP_BLOCKER -> groupBlocker.call(work);
            case GROUP_TREASURER -> groupTreasurer.call(work);
            case OTHER_COMPANY -> otherCompany.call(work);
            case PARENT -> parent.call(work);
            case BACK_OFFICE -> backOffice.call(work);
        };
    }

    void as(Who who, Work work) throws Exception {
        as(who, () -> {
            work.run();
            return null;
        });
    }

    interface Work {
        void run() throws Exception;
    }

    CardStatus statusOf(long cardId) {
        return backOffice.call(() -> cards.find(cardId)).status();
    }

    CardDetail detailOf(long cardId) {
        return backOffice.call(() -> fleetCard.detail(cardId));
    }

    /** What a refused action must not change, read by the back office. */
    private List<Object> stateOf(Target target) {
        CardDetail card = detailOf(target.cardId());
        return Arrays.asList(card.card(), card.purses(), card.limits(), card.restrictions(),
                backOffice.call(() -> cardGroups.use(target.cardId())).vehicle(),
                backOffice.call(() -> cardGroups.groups(target.contractId())),
                backOffice.call(() -> fleetTransactions.count(target.contractId(), TransactionFilter.NONE)),
                backOffice.call(() -> contracts.find(target.contractId())).lowBalanceWarning(),
                memberships.of(target.organizationId()).stream()
                        .map(member -> List.of(member.subject(), member.scope(), member.rights())).toList());
    }

    /** Once per deployment: the companies, their people and objects. */
    @BeforeEach
    void theCompaniesOnce() {
        if (targets == null) {
            targets = backOffice.call(() -> companies.make());
        }
    }
}
