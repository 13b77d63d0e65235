package org.cardhub.it.core;

import jakarta.ejb.EJB;
import org.cardhub.callers.CardScope;
import org.cardhub.cards.entity.BlockReason;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.fleet.boundary.FleetOverview;
import org.cardhub.fleet.entity.ContractOverview;
import org.cardhub.fleet.entity.MonthlySpending;
import org.cardhub.fleet.entity.TransactionFilter;
import org.cardhub.fleet.entity.TransactionGroupChoice;
import org.cardhub.fleet.entity.TransactionRow;
import org.cardhub.it.core.AccessMatrix.Action;
import org.cardhub.it.core.AccessMatrix.Kind;
import org.cardhub.it.core.AccessMatrix.Outcome;
import org.cardhub.it.core.AccessMatrix.Rule;
import org.cardhub.it.core.AccessMatrix.Target;
import org.cardhub.it.core.AccessMatrix.What;
import org.cardhub.it.core.AccessMatrix.Who;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.callers.CompanyRight.BLOCK_CARDS;
import static org.cardhub.callers.CompanyRight.MANAGE_USERS;
import static org.cardhub.callers.CompanyRight.MOVE_MONEY;

/**
 * The access matrix of the dashboard, the transactions and the company's users: the contracts with their cards by
 * status, this month's spending and the low-balance threshold; the transactions' page, totals, export chunks, a
 * transaction's detail and the groups to filter by; the users listed, invited, changed and removed. The people, objects
 * and rules are {@link AccessMatrix}'s, the rows {@link CorporateAccessMatrix}'s tests.
 * <p>
 * Inviting is tried only where it is refused, which happens before Keycloak is asked: a let-through invitation makes a
 * Keycloak account and sends its mail, which CompanyUsersIT proves. The users changed and removed are made for the cell
 * and act for a third company too, so that removing them leaves their (non-existent) Keycloak accounts alone.
 */
@ExtendWith(ArquillianExtension.class)
class CorporateReportsAndUsersAccessMatrixIT extends CorporateAccessMatrix<CorporateReportsAndUsersAccessMatrixIT.ReportOrUserAction> {

    enum ReportOrUserAction implements Action {
        /** The home page's contracts; a card counts as seen when it is its contract's one blocked card in the counts. */
        OVERVIEW(Rule.looking(Kind.CARD, Kind.CONTRACT).cabinetOnly()),
        /** The dashboard's charts; a card counts as seen when its product is among those bought (this month, or last). */
        SPENDING(Rule.looking(Kind.CARD, Kind.CONTRACT).cabinetOnly()),
        WARN_BELOW(Rule.needingOverAllCards(MOVE_MONEY, Kind.CONTRACT)),
        TRANSACTIONS(Rule.looking(Kind.CARD, Kind.CONTRACT)),
        /** Of the card's transactions (filtered by its number), or of all the contract's. */
        TOTALS(Rule.looking(Kind.CARD, Kind.CONTRACT)),
        EXPORT_CHUNK(Rule.looking(Kind.CARD, Kind.CONTRACT)),
        /** Of the card's purchase. */
        TRANSACTION_DETAIL(Rule.looking(Kind.CARD)),
        TRANSACTION_GROUPS(Rule.looking(Kind.GROUP)),
        LIST_USERS(Rule.needingOverAllCards(MANAGE_USERS, Kind.USERS)),
        INVITE_USER(Rule.needingOverAllCards(MANAGE_USERS, Kind.USERS).triedOnlyWhereRefused()),
        CHANGE_USER(Rule.needingOverAllCards(MANAGE_USERS, Kind.USERS)),
        REMOVE_USER(Rule.needingOverAllCards(MANAGE_USERS, Kind.USERS));

        private final Rule rule;

        ReportOrUserAction(Rule rule) {
            this.rule = rule;
        }

        @Override
        public Rule rule() {
            return rule;
        }
    }

    /** The company every user made for a cell acts for too. */
    private static Long thirdCompany;

    @Deployment
    static EnterpriseArchive deployment() {
        return CoreTestDeployment.shared();
    }

    @EJB
    FleetOverview overview;

    /** The user {@link #prepare} made for the cell that changes or removes one. */
    private String userOfTheCell;

    @Override
    List<ReportOrUserAction> actions() {
        return List.of(ReportOrUserAction.values());
    }

    @Override
    Outcome attempt(ReportOrUserAction action, Who who, What what, Target target) throws Exception {
        long contract = target.contractId();
        long company = target.organizationId();
        boolean wholeContract = what.kind == Kind.CONTRACT;
        return switch (action) {
            case OVERVIEW -> {
                Optional<ContractOverview> seen = as(who, () -> overview.contracts()).stream()
                        .filter(overviewed -> overviewed.id() == contract).findFirst();
                yield seen.isPresent() && (wholeContract || seen.get().cards(CardStatus.BLOCKED) == 1)
                        ? Outcome.DONE : Outcome.UNSEEN;
            }
            case SPENDING -> {
                List<String> bought = as(who, () -> overview.spending(contract)).byProduct().stream()
                        .filter(product -> !product.thisMonth().isNothing() || !product.lastMonth().isNothing())
                        .map(MonthlySpending.ProductSpent::product).toList();
                yield wholeContract ? Outcome.DONE : shown(bought, target.product());
            }
            case WARN_BELOW -> {
                Amount threshold = Amount.parse("500.00", Currency.RUB);
                as(who, () -> contracts.warnBelow(contract, threshold));
                assertThat(backOffice.call(() -> contracts.find(contract)).lowBalanceWarning()).contains(threshold);
                backOffice.call(() -> contracts.warnBelow(contract, null));
                yield Outcome.DONE;
            }
            case TRANSACTIONS -> {
                as(who, () -> fleetTransactions.count(contract, TransactionFilter.NONE));
                List<String> listed = as(who, () -> fleetTransactions.page(contract, TransactionFilter.NONE, 0, 500)).stream()
                        .map(TransactionRow::panMasked).toList();
                yield wholeContract ? Outcome.DONE : shown(listed, target.panMasked());
            }
            case TOTALS -> {
                TransactionFilter filter = wholeContract ? TransactionFilter.NONE
                        : new TransactionFilter(null, null, target.panMasked(), null, null, null, null);
                long counted = as(who, () -> fleetTransactions.totals(contract, filter)).count();
                yield wholeContract || counted > 0 ? Outcome.DONE : Outcome.UNSEEN;
            }
            case EXPORT_CHUNK -> {
                as(who, () -> fleetTransactions.heading(contract));
                List<String> listed = as(who, () -> fleetTransactions.after(contract, TransactionFilter.NONE, null, 500)).stream()
                        .map(TransactionRow::panMasked).toList();
                yield wholeContract ? Outcome.DONE : shown(listed, target.panMasked());
            }
            case TRANSACTION_DETAIL -> as(who, () -> fleetTransactions.detail(contract, target.purchaseId())).isPresent()
                    ? Outcome.DONE : Outcome.UNSEEN;
            case TRANSACTION_GROUPS -> shown(as(who, () -> fleetTransactions.groups(contract)).stream()
                    .map(TransactionGroupChoice::id).toList(), target.groupId());
            case LIST_USERS -> {
                as(who, () -> companyUsers.team(company));
                yield Outcome.DONE;
            }
            case INVITE_USER -> {
                as(who, () -> companyUsers.invite(company, "matrix-" + UUID.randomUUID() + "@cardhub.local", "Матрица",
                        "Отказова", CardScope.ALL, Set.of()));
                yield Outcome.DONE;
            }
            case CHANGE_USER -> {
                as(who, () -> companyUsers.change(company, userOfTheCell, CardScope.ALL, EnumSet.of(BLOCK_CARDS)));
                assertThat(memberships.find(company, userOfTheCell).orElseThrow().rights()).containsExactly(BLOCK_CARDS);
                yield Outcome.DONE;
            }
            case REMOVE_USER -> {
                as(who, () -> companyUsers.remove(company, userOfTheCell));
                assertThat(memberships.find(company, userOfTheCell)).isEmpty();
                yield Outcome.DONE;
            }
        };
    }

    @Override
    Target prepare(ReportOrUserAction action, What what, Target target) {
        if (action == ReportOrUserAction.OVERVIEW && what.kind == Kind.CARD) {
            backOffice.call(() -> cards.block(target.cardId(), BlockReason.TEMPORARY));
        }
        if (action == ReportOrUserAction.CHANGE_USER || action == ReportOrUserAction.REMOVE_USER) {
            if (thirdCompany == null) {
                thirdCompany = backOffice.call(() -> fixtures.company("Europe/Moscow"));
            }
            userOfTheCell = "matrix-" + UUID.randomUUID();
            backOffice.run(() -> organizations.addMember(thirdCompany, userOfTheCell));
            backOffice.run(() -> organizations.addMember(target.organizationId(), userOfTheCell));
        }
        return target;
    }

    @Override
    void tidy(ReportOrUserAction action, What what, Target target) {
        if (action == ReportOrUserAction.OVERVIEW && statusOf(target.cardId()) == CardStatus.BLOCKED) {
            backOffice.call(() -> cards.unblock(target.cardId()));
        }
        if ((action == ReportOrUserAction.CHANGE_USER || action == ReportOrUserAction.REMOVE_USER)
                && memberships.find(target.organizationId(), userOfTheCell).isPresent()) {
            backOffice.run(() -> companyUsers.remove(target.organizationId(), userOfTheCell));
        }
    }
}
