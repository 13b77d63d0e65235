package org.cardhub.it.core;

import org.cardhub.cards.entity.BlockReason;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardRef;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.fleet.boundary.FleetCards;
import org.cardhub.fleet.boundary.FleetDistribution;
import org.cardhub.fleet.boundary.FleetMoves;
import org.cardhub.fleet.entity.CardFilter;
import org.cardhub.fleet.entity.CardOrder;
import org.cardhub.fleet.entity.CardRow;
import org.cardhub.fleet.entity.MoveResult;
import org.cardhub.fleet.entity.MoveRow;
import org.cardhub.it.core.AccessMatrix.Action;
import org.cardhub.it.core.AccessMatrix.Kind;
import org.cardhub.it.core.AccessMatrix.Outcome;
import org.cardhub.it.core.AccessMatrix.Rule;
import org.cardhub.it.core.AccessMatrix.Target;
import org.cardhub.it.core.AccessMatrix.What;
import org.cardhub.it.core.AccessMatrix.Who;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.payments.entity.Distribution;
import org.cardhub.payments.entity.PurseRef;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

import jakarta.ejb.EJB;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.callers.CompanyRight.BLOCK_CARDS;
import static org.cardhub.callers.CompanyRight.MOVE_MONEY;

/**
 * The access matrix of the cabinet's cards and money: a card's page, blocking, unblocking, reissuing and closing a
 * card; money moved by a transfer and by the distribution page onto a card and back; the card table, the distribution
 * page's balances and the history of moves. The people, objects and rules are {@link AccessMatrix}'s, the rows
 * {@link CorporateAccessMatrix}'s tests; groups and limits are {@link CorporateGroupsAndLimitsAccessMatrixIT}'s,
 * the dashboard, transactions and users {@link CorporateReportsAndUsersAccessMatrixIT}'s.
 */
@ExtendWith(ArquillianExtension.class)
class CorporateAccessMatrixIT extends CorporateAccessMatrix<CorporateAccessMatrixIT.CardAction> {

    enum CardAction implements Action {
        /** The card's page: its detail, what the person may change of its limits, its vehicle and group. */
        VIEW_CARD(Rule.looking(Kind.CARD)),
        BLOCK(Rule.needing(BLOCK_CARDS, Kind.CARD)),
        UNBLOCK(Rule.needing(BLOCK_CARDS, Kind.CARD)),
        /** Of a fresh card of the object's contract and group, as is closing. */
        REISSUE(Rule.needing(BLOCK_CARDS, Kind.CARD)),
        CLOSE(Rule.needing(BLOCK_CARDS, Kind.CARD)),
        /** A card's money back to the contract; a contract's to its card A: the purse moved from is checked first. */
        TRANSFER(Rule.needing(MOVE_MONEY, Kind.CARD, Kind.CONTRACT)),
        /** The distribution page, which asks for the contract's account before the card. */
        DISTRIBUTE_TO_CARD(Rule.needing(MOVE_MONEY, Kind.CARD).contractFirst()),
        DISTRIBUTE_FROM_CARD(Rule.needing(MOVE_MONEY, Kind.CARD).contractFirst()),
        LIST_CARDS(Rule.looking(Kind.CARD, Kind.CONTRACT)),
        LIST_BALANCES(Rule.looking(Kind.CARD, Kind.CONTRACT)),
        LIST_MOVES(Rule.looking(Kind.CARD, Kind.CONTRACT));

        private final Rule rule;

        CardAction(Rule rule) {
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
    FleetCards fleetCards;

    @EJB
    FleetDistribution distribution;

    @EJB
    FleetMoves moves;

    @Override
    List<CardAction> actions() {
        return List.of(CardAction.values());
    }

    @Override
    Outcome attempt(CardAction action, Who who, What what, Target target) throws Exception {
        long card = target.cardId();
        long contract = target.contractId();
        return switch (action) {
            case VIEW_CARD -> {
                as(who, () -> fleetCard.limitRights(card));
                as(who, () -> cardGroups.use(card));
                assertThat(as(who, () -> fleetCard.detail(card)).card().panMasked()).isEqualTo(target.panMasked());
                yield Outcome.DONE;
            }
            case BLOCK -> {
                as(who, () -> cards.block(card, BlockReason.TEMPORARY));
                assertThat(statusOf(card)).isEqualTo(CardStatus.BLOCKED);
                yield Outcome.DONE;
            }
            case UNBLOCK -> {
                as(who, () -> cards.unblock(card));
                assertThat(statusOf(card)).isEqualTo(CardStatus.ACTIVE);
                yield Outcome.DONE;
            }
            case REISSUE -> {
                Card successor = as(who, () -> cards.reissue(card, "matrix")).card();
                assertThat(statusOf(card)).isEqualTo(CardStatus.REISSUED);
                backOffice.call(() -> cards.close(successor.id(), "matrix"));
                yield Outcome.DONE;
            }
            case CLOSE -> {
                as(who, () -> cards.close(card, "matrix"));
                assertThat(statusOf(card)).isEqualTo(CardStatus.CLOSED);
                yield Outcome.DONE;
            }
            case TRANSFER -> {
                PurseRef ofCard = PurseRef.ofCard(CardRef.id(card));
                PurseRef ofContract = PurseRef.ofContract(target.contractNumber());
                boolean fromContract = what.kind == Kind.CONTRACT;
                var moved = as(who, () -> payments.transfer(Fixtures.key("matrix"), fromContract ? ofContract : ofCard,
                        fromContract ? ofCard : ofContract, rub("1.00"), "matrix"));
                assertThat(moved.isApproved()).as(moved.code()).isTrue();
                yield Outcome.DONE;
            }
            case DISTRIBUTE_TO_CARD, DISTRIBUTE_FROM_CARD -> {
                Distribution.Direction direction = action == CardAction.DISTRIBUTE_TO_CARD
                        ? Distribution.Direction.TO_CARDS : Distribution.Direction.FROM_CARDS;
                MoveResult moved = as(who, () -> distribution.move(UUID.randomUUID().toString(),
                        Distribution.ofEach(contract, direction, rub("1.00"), List.of(card), "matrix")));
                assertThat(moved.cards()).isEqualTo(1);
                yield Outcome.DONE;
            }
            case LIST_CARDS -> {
                as(who, () -> fleetCards.count(contract, CardFilter.NONE));
                List<Long> listed = as(who, () -> fleetCards.page(contract, CardFilter.NONE, CardOrder.BY_HOLDER, 0, 500))
                        .stream().map(CardRow::id).toList();
                yield what.kind == Kind.CONTRACT ? Outcome.DONE : shown(listed, card);
            }
            case LIST_BALANCES -> {
                as(who, () -> distribution.mayMoveMoney(contract));
                as(who, () -> distribution.countCards(contract, CardFilter.NONE));
                List<Long> listed = as(who, () -> distribution.cards(contract, CardFilter.NONE, CardOrder.BY_HOLDER, 0, 500))
                        .stream().map(balance -> balance.card().id()).toList();
                yield what.kind == Kind.CONTRACT ? Outcome.DONE : shown(listed, card);
            }
            case LIST_MOVES -> {
                as(who, () -> moves.count(contract));
                List<Long> listed = as(who, () -> moves.page(contract, 0, FleetMoves.MAX_ROWS)).stream()
                        .map(MoveRow::cardId).toList();
                yield what.kind == Kind.CONTRACT ? Outcome.DONE : shown(listed, card);
            }
        };
    }

    @Override
    Target prepare(CardAction action, What what, Target target) {
        return switch (action) {
            case UNBLOCK -> {
                backOffice.call(() -> cards.block(target.cardId(), BlockReason.TEMPORARY));
                yield target;
            }
            case REISSUE, CLOSE -> {
                Card fresh = backOffice.call(() -> fixtures.activeCards(target.contractId(), HolderKind.VEHICLE, 1)).get(0);
                backOffice.call(() -> cardGroups.move(target.contractId(), List.of(fresh.id()), target.groupId()));
                yield target.withCard(fresh.id(), fresh.panMasked());
            }
            default -> target;
        };
    }

    /** The object's card usable again; a fresh card closed, so that the groups keep only their own cards in use. */
    @Override
    void tidy(CardAction action, What what, Target target) {
        CardStatus status = statusOf(target.cardId());
        if (status == CardStatus.BLOCKED) {
            backOffice.call(() -> cards.unblock(target.cardId()));
        } else if (status == CardStatus.ACTIVE && (action == CardAction.REISSUE || action == CardAction.CLOSE)) {
            backOffice.call(() -> cards.close(target.cardId(), "matrix"));
        }
    }

    private static Amount rub(String amount) {
        return Amount.parse(amount, Currency.RUB);
    }
}
