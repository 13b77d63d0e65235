package org.cardhub.it.core;

import jakarta.ejb.EJB;
import org.cardhub.cards.boundary.GroupSummary;
import org.cardhub.cards.entity.Vehicle;
import org.cardhub.fleet.entity.CardLimit;
import org.cardhub.it.core.AccessMatrix.Action;
import org.cardhub.it.core.AccessMatrix.Kind;
import org.cardhub.it.core.AccessMatrix.Outcome;
import org.cardhub.it.core.AccessMatrix.Rule;
import org.cardhub.it.core.AccessMatrix.Target;
import org.cardhub.it.core.AccessMatrix.What;
import org.cardhub.it.core.AccessMatrix.Who;
import org.cardhub.limits.boundary.Allowances;
import org.cardhub.limits.boundary.LimitTemplates;
import org.cardhub.limits.boundary.Limits;
import org.cardhub.limits.entity.LimitDraft;
import org.cardhub.limits.entity.LimitMeasure;
import org.cardhub.limits.entity.LimitPeriod;
import org.cardhub.limits.entity.LimitRule;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.callers.CompanyRight.BLOCK_CARDS;
import static org.cardhub.callers.CompanyRight.CHANGE_LIMITS;

/**
 * The access matrix of card groups and limits: the groups listed, created, renamed, deleted, cards moved between
 * them, a card's vehicle described; limits of a card or of the whole contract added, changed and removed, a card's
 * restrictions, a group's limit template opened and applied, and today's allowance previewed. The people, objects and
 * rules are {@link AccessMatrix}'s, the rows {@link CorporateAccessMatrix}'s tests.
 */
@ExtendWith(ArquillianExtension.class)
class CorporateGroupsAndLimitsAccessMatrixIT extends CorporateAccessMatrix<CorporateGroupsAndLimitsAccessMatrixIT.GroupOrLimitAction> {

    enum GroupOrLimitAction implements Action {
        LIST_GROUPS(Rule.looking(Kind.GROUP, Kind.CONTRACT)),
        CREATE_GROUP(Rule.needingOverAllCards(BLOCK_CARDS, Kind.CONTRACT)),
        RENAME_GROUP(Rule.needingOverAllCards(BLOCK_CARDS, Kind.GROUP)),
        /**
         * Group A itself, which holds card A and which its managers are limited to, so that whoever may delete groups is
         * refused by the group's own rule; instead of group B and the other company's group, an empty group of their
         * contract that nobody is limited to, seen as they are.
         */
        DELETE_GROUP(Rule.needingOverAllCards(BLOCK_CARDS, Kind.GROUP)),
        /** The contract's card (A, or the other company's) into the contract's other group. */
        MOVE_CARDS(Rule.needingOverAllCards(BLOCK_CARDS, Kind.CONTRACT)),
        DESCRIBE_VEHICLE(Rule.needing(BLOCK_CARDS, Kind.CARD)),
        /** A limit of the card, or of the whole contract (no card). */
        ADD_LIMIT(Rule.needingOverAllCards(CHANGE_LIMITS, Kind.CARD, Kind.CONTRACT)),
        CHANGE_LIMIT(Rule.needingOverAllCards(CHANGE_LIMITS, Kind.CARD, Kind.CONTRACT)),
        REMOVE_LIMIT(Rule.needingOverAllCards(CHANGE_LIMITS, Kind.CARD, Kind.CONTRACT)),
        RESTRICT(Rule.needing(CHANGE_LIMITS, Kind.CARD)),
        OPEN_TEMPLATE(Rule.looking(Kind.GROUP)),
        /** Asked card by card: a manager of group A with the right applies a template to group A. */
        APPLY_TEMPLATE(Rule.needing(CHANGE_LIMITS, Kind.GROUP)),
        PREVIEW_ALLOWANCE(Rule.looking(Kind.CARD));

        private final Rule rule;

        GroupOrLimitAction(Rule rule) {
            this.rule = rule;
        }

        @Override
        public Rule rule() {
            return rule;
        }
    }

    @Deployment
    static EnterpriseArchive deployment() {
        return CoreTestDeployment.shared();
    }

    @EJB
    Limits limits;

    @EJB
    LimitTemplates templates;

    @EJB
    Allowances allowances;

    /** The limit {@link #prepare} made for the cell that changes or removes one. */
    private long limitOfTheCell;

    @Override
    List<GroupOrLimitAction> actions() {
        return List.of(GroupOrLimitAction.values());
    }

    @Override
    Outcome expected(Who who, What what, GroupOrLimitAction action) {
        Outcome byTheRules = super.expected(who, what, action);
        boolean groupGivenToUsers = action == GroupOrLimitAction.DELETE_GROUP && what == What.GROUP_A;
        return groupGivenToUsers && byTheRules == Outcome.DONE ? Outcome.REFUSED_BY_RULE : byTheRules;
    }

    @Override
    Outcome attempt(GroupOrLimitAction action, Who who, What what, Target target) throws Exception {
        long card = target.cardId();
        long contract = target.contractId();
        Long cardOrContract = what.kind == Kind.CONTRACT ? null : card;
        return switch (action) {
            case LIST_GROUPS -> {
                as(who, () -> cardGroups.mayArrange(contract));
                List<Long> listed = as(who, () -> cardGroups.groups(contract)).stream().map(GroupSummary::id).toList();
                yield what.kind == Kind.CONTRACT ? Outcome.DONE : shown(listed, target.groupId());
            }
            case CREATE_GROUP -> {
                GroupSummary created = as(who, () -> cardGroups.create(contract, "Новая " + suffix()));
                assertThat(groupsOf(contract)).contains(created.id());
                backOffice.run(() -> cardGroups.delete(created.id()));
                yield Outcome.DONE;
            }
            case RENAME_GROUP -> {
                String name = "Переименованная " + suffix();
                String before = backOffice.call(() -> templates.group(target.groupId())).name();
                as(who, () -> cardGroups.rename(target.groupId(), name));
                assertThat(backOffice.call(() -> templates.group(target.groupId())).name()).isEqualTo(name);
                backOffice.call(() -> cardGroups.rename(target.groupId(), before));
                yield Outcome.DONE;
            }
            case DELETE_GROUP -> {
                as(who, () -> cardGroups.delete(target.groupId()));
                assertThat(groupsOf(contract)).doesNotContain(target.groupId());
                yield Outcome.DONE;
            }
            case MOVE_CARDS -> {
                Long before = backOffice.call(() -> cardGroups.use(card)).groupId();
                as(who, () -> cardGroups.move(contract, List.of(card), target.groupId()));
                assertThat(backOffice.call(() -> cardGroups.use(card)).groupId()).isEqualTo(target.groupId());
                backOffice.call(() -> cardGroups.move(contract, List.of(card), before));
                yield Outcome.DONE;
            }
            case DESCRIBE_VEHICLE -> {
                Vehicle before = backOffice.call(() -> cardGroups.use(card)).vehicle();
                Vehicle described = new Vehicle("Матрица", "М000ММ77", "Проверкин", 60_000L);
                as(who, () -> cardGroups.describe(card, described));
                assertThat(backOffice.call(() -> cardGroups.use(card)).vehicle()).isEqualTo(described);
                backOffice.call(() -> cardGroups.describe(card, before));
                yield Outcome.DONE;
            }
            case ADD_LIMIT -> {
                long added = as(who, () -> limits.addLimit(contract, cardOrContract, LimitMeasure.MONEY, LimitPeriod.DAY,
                        1_000_00, List.of())).id();
                assertThat(limitsOf(card)).extracting(CardLimit::id).contains(added);
                backOffice.run(() -> limits.removeLimit(added));
                yield Outcome.DONE;
            }
            case CHANGE_LIMIT -> {
                as(who, () -> limits.changeLimit(limitOfTheCell, new LimitRule(LimitMeasure.MONEY, LimitPeriod.MONTH,
                        25_000_00, Set.of())));
                assertThat(limitsOf(card)).filteredOn(limit -> limit.id() == limitOfTheCell).singleElement()
                        .extracting(CardLimit::amount).isEqualTo(Amount.parse("25000.00", Currency.RUB));
                yield Outcome.DONE;
            }
            case REMOVE_LIMIT -> {
                as(who, () -> limits.removeLimit(limitOfTheCell));
                assertThat(limitsOf(card)).extracting(CardLimit::id).doesNotContain(limitOfTheCell);
                yield Outcome.DONE;
            }
            case RESTRICT -> {
                as(who, () -> limits.restrict(card, List.of(), List.of(), LocalTime.of(6, 0), LocalTime.of(22, 0), List.of(),
                        List.of()));
                assertThat(detailOf(card).restrictions().from()).isEqualTo(LocalTime.of(6, 0));
                backOffice.run(() -> limits.restrict(card, List.of(), List.of(), null, null, List.of(), List.of()));
                yield Outcome.DONE;
            }
            case OPEN_TEMPLATE -> {
                as(who, () -> templates.group(target.groupId()));
                yield Outcome.DONE;
            }
            case APPLY_TEMPLATE -> {
                LimitRule weekly = new LimitRule(LimitMeasure.MONEY, LimitPeriod.WEEK, 7_777_00, Set.of());
                as(who, () -> templates.apply(target.groupId(), List.of(weekly), null));
                List<CardLimit> applied = limitsOf(card).stream()
                        .filter(limit -> !limit.ofContract() && limit.period() == LimitPeriod.WEEK).toList();
                assertThat(applied).extracting(CardLimit::amount).containsExactly(Amount.parse("7777.00", Currency.RUB));
                applied.forEach(limit -> backOffice.run(() -> limits.removeLimit(limit.id())));
                yield Outcome.DONE;
            }
            case PREVIEW_ALLOWANCE -> {
                as(who, () -> allowances.today(card, LimitDraft.NONE));
                yield Outcome.DONE;
            }
        };
    }

    @Override
    Target prepare(GroupOrLimitAction action, What what, Target target) {
        Long cardOrContract = what.kind == Kind.CONTRACT ? null : target.cardId();
        return switch (action) {
            case DELETE_GROUP -> what == What.GROUP_A ? target
                    : target.withGroup(backOffice.call(() -> cardGroups.create(target.contractId(), "Пустая " + suffix())).id());
            case CHANGE_LIMIT, REMOVE_LIMIT -> {
                limitOfTheCell = backOffice.call(() -> limits.addLimit(target.contractId(), cardOrContract,
                        LimitMeasure.MONEY, LimitPeriod.MONTH, 30_000_00, List.of())).id();
                yield target;
            }
            default -> target;
        };
    }

    @Override
    void tidy(GroupOrLimitAction action, What what, Target target) {
        if (action == GroupOrLimitAction.DELETE_GROUP && what != What.GROUP_A
                && groupsOf(target.contractId()).contains(target.groupId())) {
            backOffice.run(() -> cardGroups.delete(target.groupId()));
        }
        if ((action == GroupOrLimitAction.CHANGE_LIMIT || action == GroupOrLimitAction.REMOVE_LIMIT)
                && limitsOf(target.cardId()).stream().anyMatch(limit -> limit.id() == limitOfTheCell)) {
            backOffice.run(() -> limits.removeLimit(limitOfTheCell));
        }
    }

    private List<Long> groupsOf(long contractId) {
        return backOffice.call(() -> cardGroups.groups(contractId)).stream().map(GroupSummary::id).toList();
    }

    /** The card's limits and its contract's, each with its id. */
    private List<CardLimit> limitsOf(long cardId) {
        return detailOf(cardId).limits();
    }

    private static String suffix() {
        return Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000));
    }
}
