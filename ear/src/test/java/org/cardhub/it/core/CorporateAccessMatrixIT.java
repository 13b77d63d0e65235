package org.cardhub.it.core;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.callers.CardScope;
import org.cardhub.callers.CompanyRight;
import org.cardhub.callers.RightMissingException;
import org.cardhub.cards.boundary.Cards;
import org.cardhub.cards.entity.BlockReason;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardRef;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.contracts.entity.BalanceModel;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.Funding;
import org.cardhub.fleet.boundary.CompanyUsers;
import org.cardhub.fleet.boundary.FleetCard;
import org.cardhub.fleet.boundary.FleetCards;
import org.cardhub.fleet.boundary.FleetTransactions;
import org.cardhub.fleet.entity.CardDetail;
import org.cardhub.fleet.entity.CardFilter;
import org.cardhub.fleet.entity.CardOrder;
import org.cardhub.fleet.entity.TransactionFilter;
import org.cardhub.limits.boundary.Limits;
import org.cardhub.limits.entity.LimitMeasure;
import org.cardhub.limits.entity.LimitPeriod;
import org.cardhub.limits.entity.SpendingLimit;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.organizations.boundary.Organizations;
import org.cardhub.payments.boundary.Payments;
import org.cardhub.payments.entity.PurseRef;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what to which card or contract of the corporate cabinet, asked of the boundaries themselves: each person
 * (a company's administrator, a manager of one card group, a manager of that group who may only block cards, the
 * manager of another company, a parent, the back office) against each object (a card of group A, a card of group B,
 * the company's contract, a card and the contract of another company) and each action. Every cell is done — and its
 * effect is where it should be — or refused as if the object did not exist ({@link AccessDeniedException}, or the
 * container's role check, or left out of a list) or for a missing right ({@link RightMissingException}), and a
 * refused cell changes nothing.
 * <p>
 * A new action is one more {@link Action} (with the right it needs and what it applies to) and one more case in
 * {@link #attempt}; a new person one more {@link Who} with what they reach and hold, and a run-as bean.
 */
@ExtendWith(ArquillianExtension.class)
class CorporateAccessMatrixIT {

    /** The people of the matrix; each acts through a run-as bean of the test archive. */
    enum Who { ADMINISTRATOR, GROUP_MANAGER, GROUP_BLOCKER, OTHER_COMPANY, PARENT, BACK_OFFICE }

    /** The objects: the test company's cards in two groups and its contract, another company's card and contract. */
    enum What {
        CARD_IN_GROUP_A, CARD_IN_GROUP_B, CONTRACT_OF_THE_COMPANY, CARD_OF_OTHER_COMPANY, CONTRACT_OF_OTHER_COMPANY;

        boolean isContract() {
            return this == CONTRACT_OF_THE_COMPANY || this == CONTRACT_OF_OTHER_COMPANY;
        }
    }

    /** The actions, each with the company right it needs (none for looking) and whether it applies to a contract. */
    enum Action {
        VIEW_CARD(null, false),
        BLOCK(CompanyRight.BLOCK_CARDS, false),
        CHANGE_LIMIT(CompanyRight.CHANGE_LIMITS, true),
        MOVE_MONEY(CompanyRight.MOVE_MONEY, true),
        LIST_CARDS(null, true),
        TRANSACTIONS(null, true);

        final CompanyRight right;
        final boolean onContracts;

        Action(CompanyRight right, boolean onContracts) {
            this.right = right;
            this.onContracts = onContracts;
        }
    }

    enum Outcome {
        DONE,
        /** Refused as if it did not exist: AccessDeniedException, the container's role check, or left out of a list. */
        UNSEEN,
        RIGHT_MISSING
    }

    private static final Map<Who, Set<What>> REACHES = Map.of(
            Who.ADMINISTRATOR, EnumSet.of(What.CARD_IN_GROUP_A, What.CARD_IN_GROUP_B, What.CONTRACT_OF_THE_COMPANY),
            Who.GROUP_MANAGER, EnumSet.of(What.CARD_IN_GROUP_A, What.CONTRACT_OF_THE_COMPANY),
            Who.GROUP_BLOCKER, EnumSet.of(What.CARD_IN_GROUP_A, What.CONTRACT_OF_THE_COMPANY),
            Who.OTHER_COMPANY, EnumSet.of(What.CARD_OF_OTHER_COMPANY, What.CONTRACT_OF_OTHER_COMPANY),
            Who.PARENT, EnumSet.noneOf(What.class),
            Who.BACK_OFFICE, EnumSet.allOf(What.class));

    private static final Map<Who, Set<CompanyRight>> RIGHTS = Map.of(
            Who.ADMINISTRATOR, EnumSet.allOf(CompanyRight.class),
            Who.GROUP_MANAGER, EnumSet.of(CompanyRight.CHANGE_LIMITS, CompanyRight.BLOCK_CARDS),
            Who.GROUP_BLOCKER, EnumSet.of(CompanyRight.BLOCK_CARDS),
            Who.OTHER_COMPANY, EnumSet.of(CompanyRight.CHANGE_LIMITS, CompanyRight.BLOCK_CARDS, CompanyRight.MOVE_MONEY),
            Who.PARENT, EnumSet.noneOf(CompanyRight.class),
            Who.BACK_OFFICE, EnumSet.allOf(CompanyRight.class));

    /** Those who see all of a company's cards; a right over a whole contract is theirs only. */
    private static final Set<Who> SEE_ALL_CARDS = EnumSet.of(Who.ADMINISTRATOR, Who.OTHER_COMPANY, Who.BACK_OFFICE);

    /** A card or contract of the matrix: the contract, and the card (for a contract, the card money moves to). */
    record Target(long contractId, String contractNumber, long cardId, String panMasked) {
    }

    private static Map<What, Target> targets;

    @Deployment
    static EnterpriseArchive deployment() {
        return CoreTestDeployment.with("corporate-access-matrix", CorporateAccessMatrixIT.class);
    }

    @EJB
    BackOffice backOffice;

    @EJB
    AsFleetManager administrator;

    @EJB
    AsGroupManager groupManager;

    @EJB
    AsCardBlocker groupBlocker;

    @EJB
    AsOtherCompany otherCompany;

    @EJB
    AsParent parent;

    @EJB
    Fixtures fixtures;

    @EJB
    Organizations organizations;

    @EJB
    CompanyUsers companyUsers;

    @EJB
    Cards cards;

    @EJB
    Limits limits;

    @EJB
    Payments payments;

    @EJB
    FleetCard fleetCard;

    @EJB
    FleetCards fleetCards;

    @EJB
    FleetTransactions fleetTransactions;

    @Test
    void theAdministratorActsOnEveryCardOfTheCompanyAndReachesNothingOfAnother() throws Exception {
        assertRowOf(Who.ADMINISTRATOR);
    }

    @Test
    void aGroupManagerActsOnlyOnTheCardsOfTheirGroupAndOnlyWithTheRightsGiven() throws Exception {
        assertRowOf(Who.GROUP_MANAGER);
    }

    @Test
    void aGroupManagerWhoMayOnlyBlockCardsBlocksThemAndChangesNothingElse() throws Exception {
        assertRowOf(Who.GROUP_BLOCKER);
    }

    @Test
    void anotherCompanysManagerActsOnTheirOwnCompanyAndReachesNothingOfThisOne() throws Exception {
        assertRowOf(Who.OTHER_COMPANY);
    }

    @Test
    void aParentReachesNoCompanysCardOrContract() throws Exception {
        assertRowOf(Who.PARENT);
    }

    @Test
    void theBackOfficeActsOnEveryCompanysCardsAndContracts() throws Exception {
        assertRowOf(Who.BACK_OFFICE);
    }

    /** What the rules say: out of reach is unseen; in reach, an action needs its right (over a contract: all cards too). */
    static Outcome expected(Who who, What what, Action action) {
        if (!REACHES.get(who).contains(what)) {
            return Outcome.UNSEEN;
        }
        if (action.right == null) {
            return Outcome.DONE;
        }
        boolean allowed = RIGHTS.get(who).contains(action.right) && (!what.isContract() || SEE_ALL_CARDS.contains(who));
        return allowed ? Outcome.DONE : Outcome.RIGHT_MISSING;
    }

    private void assertRowOf(Who who) throws Exception {
        List<String> wrong = new ArrayList<>();
        for (What what : What.values()) {
            for (Action action : Action.values()) {
                if (what.isContract() && !action.onContracts) {
                    continue;
                }
                Target target = targets.get(what);
                List<Object> before = stateOf(target);
                Outcome outcome = attempt(who, action, what, target);
                Outcome expected = expected(who, what, action);
                if (outcome != expected) {
                    wrong.add(who + " × " + what + " × " + action + ": expected " + expected + ", was " + outcome);
                } else if (outcome != Outcome.DONE && !stateOf(target).equals(before)) {
                    wrong.add(who + " × " + what + " × " + action + ": refused, yet something changed");
                }
            }
        }
        assertThat(wrong).as("the cells of %s that break the rules", who).isEmpty();
    }

    /** Tries the action as the person; a change that was done is checked where it lands, then undone by the back office. */
    private Outcome attempt(Who who, Action action, What what, Target target) throws Exception {
        try {
            return switch (action) {
                case VIEW_CARD -> {
                    CardDetail detail = as(who, () -> fleetCard.detail(target.cardId()));
                    assertThat(detail.panMasked()).isEqualTo(target.panMasked());
                    yield Outcome.DONE;
                }
                case BLOCK -> {
                    as(who, () -> cards.block(target.cardId(), BlockReason.TEMPORARY));
                    assertThat(backOffice.call(() -> cards.find(target.cardId())).status()).isEqualTo(CardStatus.BLOCKED);
                    backOffice.call(() -> cards.unblock(target.cardId()));
                    yield Outcome.DONE;
                }
                case CHANGE_LIMIT -> {
                    Long card = what.isContract() ? null : target.cardId();
                    SpendingLimit limit = as(who, () -> limits.addLimit(target.contractId(), card, LimitMeasure.MONEY,
                            LimitPeriod.DAY, 1_000_00, List.of()));
                    assertThat(limitsOf(target)).isGreaterThan(0);
                    backOffice.run(() -> limits.removeLimit(limit.id()));
                    yield Outcome.DONE;
                }
                case MOVE_MONEY -> {
                    // a card's money back to the contract; a contract's to its card: the purse moved from is checked first
                    PurseRef card = PurseRef.ofCard(CardRef.id(target.cardId()));
                    PurseRef contract = PurseRef.ofContract(target.contractNumber());
                    org.cardhub.payments.entity.Outcome moved = as(who, () -> payments.transfer(Fixtures.key("matrix"),
                            what.isContract() ? contract : card, what.isContract() ? card : contract,
                            Amount.parse("1.00", Currency.RUB), "matrix"));
                    assertThat(moved.isApproved()).as(moved.code()).isTrue();
                    yield Outcome.DONE;
                }
                case LIST_CARDS -> {
                    List<Long> listed = as(who, () -> fleetCards.page(target.contractId(), CardFilter.NONE, CardOrder.BY_HOLDER,
                            0, 500)).stream().map(row -> row.id()).toList();
                    yield what.isContract() || listed.contains(target.cardId()) ? Outcome.DONE : Outcome.UNSEEN;
                }
                case TRANSACTIONS -> {
                    List<String> cardsSeen = as(who, () -> fleetTransactions.page(target.contractId(), TransactionFilter.NONE,
                            0, 500)).stream().map(row -> row.panMasked()).toList();
                    yield what.isContract() || cardsSeen.contains(target.panMasked()) ? Outcome.DONE : Outcome.UNSEEN;
                }
            };
        } catch (Exception refused) {
            return outcomeOf(refused);
        }
    }

    private static Outcome outcomeOf(Exception refused) throws Exception {
        List<Throwable> causes = Stream.iterate((Throwable) refused, link -> link != null, Throwable::getCause).toList();
        if (causes.stream().anyMatch(RightMissingException.class::isInstance)) {
            return Outcome.RIGHT_MISSING;
        }
        if (causes.stream().anyMatch(cause -> cause instanceof AccessDeniedException || cause instanceof EJBAccessException)) {
            return Outcome.UNSEEN;
        }
        throw refused;
    }

    private <T> T as(Who who, Callable<T> work) throws Exception {
        return switch (who) {
            case ADMINISTRATOR -> administrator.call(work);
            case GROUP_MANAGER -> groupManager.call(work);
            case GROUP_BLOCKER -> groupBlocker.call(work);
            case OTHER_COMPANY -> otherCompany.call(work);
            case PARENT -> parent.call(work);
            case BACK_OFFICE -> backOffice.call(work);
        };
    }

    /** What a refused action must not change, read by the back office: the card, its purses, limits and restrictions, the contract's transactions. */
    private List<Object> stateOf(Target target) {
        CardDetail card = backOffice.call(() -> fleetCard.detail(target.cardId()));
        long transactions = backOffice.call(() -> fleetTransactions.count(target.contractId(), TransactionFilter.NONE));
        return List.of(card.card(), card.purses(), card.limits(), card.restrictions(), transactions);
    }

    private long limitsOf(Target target) {
        return backOffice.call(() -> fleetCard.detail(target.cardId())).limits().size();
    }

    /**
     * Once per deployment: the company (a distributed contract, its card A in group A and card B in group B, each with
     * money and a top-up in its history), its three people, and another company with its card and manager.
     */
    @BeforeEach
    void theCompaniesOnce() {
        if (targets != null) {
            return;
        }
        long company = backOffice.call(() -> fixtures.company("Europe/Moscow"));
        Contract contract = fundedContract(company);
        List<Card> fleet = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.VEHICLE, 2));
        long groupA = backOffice.call(() -> fixtures.cardGroup(contract.id(), "Группа A", fleet.get(0).id()));
        backOffice.call(() -> fixtures.cardGroup(contract.id(), "Группа B", fleet.get(1).id()));
        member(company, "fleet", CardScope.ALL, EnumSet.allOf(CompanyRight.class));
        member(company, "fleet2", CardScope.ofGroups(Set.of(groupA)), RIGHTS.get(Who.GROUP_MANAGER));
        member(company, "fleet4", CardScope.ofGroups(Set.of(groupA)), RIGHTS.get(Who.GROUP_BLOCKER));

        long other = backOffice.call(() -> fixtures.company("Asia/Vladivostok"));
        Contract otherContract = fundedContract(other);
        Card othersCard = backOffice.call(() -> fixtures.activeCards(otherContract.id(), HolderKind.DRIVER, 1)).get(0);
        member(other, "fleet3", CardScope.ALL, RIGHTS.get(Who.OTHER_COMPANY));

        for (Card card : List.of(fleet.get(0), fleet.get(1), othersCard)) {
            backOffice.call(() -> fixtures.topUpCard(card.id(), "1000.00"));
        }
        targets = Map.of(
                What.CARD_IN_GROUP_A, new Target(contract.id(), contract.number(), fleet.get(0).id(), fleet.get(0).panMasked()),
                What.CARD_IN_GROUP_B, new Target(contract.id(), contract.number(), fleet.get(1).id(), fleet.get(1).panMasked()),
                What.CONTRACT_OF_THE_COMPANY, new Target(contract.id(), contract.number(), fleet.get(0).id(), fleet.get(0).panMasked()),
                What.CARD_OF_OTHER_COMPANY, new Target(otherContract.id(), otherContract.number(), othersCard.id(), othersCard.panMasked()),
                What.CONTRACT_OF_OTHER_COMPANY, new Target(otherContract.id(), otherContract.number(), othersCard.id(),
                        othersCard.panMasked()));
    }

    private Contract fundedContract(long company) {
        Contract contract = backOffice.call(() -> fixtures.activeFuelContract(company, BalanceModel.DISTRIBUTED, Funding.PREPAID, "0"));
        backOffice.call(() -> fixtures.topUpContract(contract.number(), "10000.00"));
        return contract;
    }

    private void member(long company, String subject, CardScope scope, Set<CompanyRight> rights) {
        backOffice.run(() -> organizations.addMember(company, subject));
        backOffice.call(() -> companyUsers.change(company, subject, scope, rights));
    }
}
