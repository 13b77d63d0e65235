package org.cardhub.it.core;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.cards.boundary.Cards;
import org.cardhub.cards.entity.BlockReason;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.cards.entity.InvalidCardOperationException;
import org.cardhub.contracts.entity.BalanceModel;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.Funding;
import org.cardhub.fleet.boundary.FleetCard;
import org.cardhub.fleet.entity.CardDetail;
import org.cardhub.fleet.entity.CardEvent;
import org.cardhub.fleet.entity.CardLimit;
import org.cardhub.limits.boundary.Limits;
import org.cardhub.limits.entity.LimitMeasure;
import org.cardhub.limits.entity.LimitPeriod;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.organizations.boundary.Organizations;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

/** A fleet manager's view of one card of the company — and of no other company's — and what reissue and close do to it. */
@ExtendWith(ArquillianExtension.class)
class FleetCardIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return CoreTestDeployment.shared();
    }

    @EJB
    BackOffice backOffice;

    @EJB
    AsFleetManager fleet;

    @EJB
    AsParent parent;

    @EJB
    Fixtures fixtures;

    @EJB
    Organizations organizations;

    @EJB
    Cards cards;

    @EJB
    Limits limits;

    @EJB
    FleetCard fleetCard;

    @Test
    void aCardWithALimitARestrictionAndABlockShowsThemAllAndWhoMadeEachChangeNewestFirst() throws Exception {
        Contract contract = ownContract(BalanceModel.DISTRIBUTED);
        Card card = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.VEHICLE, 1)).get(0);
        backOffice.call(() -> limits.addLimit(contract.id(), null, LimitMeasure.COUNT, LimitPeriod.DAY, 3, List.of()));
        fleet.call(() -> limits.addLimit(contract.id(), card.id(), LimitMeasure.MONEY, LimitPeriod.DAY, 5000_00, List.of()));
        fleet.call(() -> {
            limits.forbidCategories(card.id(), List.of("goods"));
            return null;
        });
        fleet.call(() -> cards.block(card.id(), BlockReason.TEMPORARY));

        CardDetail detail = fleet.call(() -> fleetCard.detail(card.id()));

        assertThat(detail.panMasked()).isEqualTo(card.panMasked()).contains("******");
        assertThat(detail.status()).isEqualTo(CardStatus.BLOCKED);
        assertThat(detail.blockReason()).isEqualTo(BlockReason.TEMPORARY);
        assertThat(detail.mayBeUnblocked()).isTrue();
        assertThat(detail.contractNumber()).isEqualTo(contract.number());
        assertThat(detail.timeZone()).isEqualTo(ZoneId.of("Asia/Vladivostok"));
        assertThat(detail.spendsFromContract()).isFalse();
        assertThat(detail.purses()).extracting(purse -> purse.available().currency())
                .containsExactlyInAnyOrder(Currency.RUB, Currency.LITRE);
        assertThat(detail.limits()).extracting(CardLimit::measure, CardLimit::period, CardLimit::ofContract)
                .containsExactly(tuple(LimitMeasure.MONEY, LimitPeriod.DAY, false),
                        tuple(LimitMeasure.COUNT, LimitPeriod.DAY, true));
        assertThat(detail.limits().get(0).amount()).isEqualTo(Amount.parse("5000.00", Currency.RUB));
        assertThat(detail.limits().get(1).count()).isEqualTo(3);
        assertThat(detail.restrictions().forbiddenCategories()).containsExactly("GOODS");

        CardEvent newest = detail.history().get(0);
        assertThat(newest.kind()).isEqualTo(CardEvent.Kind.STATUS);
        assertThat(newest.from()).isEqualTo(CardStatus.ACTIVE);
        assertThat(newest.to()).isEqualTo(CardStatus.BLOCKED);
        assertThat(newest.blockReason()).isEqualTo(BlockReason.TEMPORARY);
        assertThat(newest.actor()).isEqualTo("fleet");
        assertThat(detail.history()).filteredOn(event -> event.kind() == CardEvent.Kind.LIMIT).singleElement()
                .satisfies(limit -> {
                    assertThat(limit.before()).isNull();
                    assertThat(limit.after()).contains("5000.00");
                    assertThat(limit.limitAfter().amount()).as("read back for the page to translate")
                            .isEqualTo(Amount.parse("5000.00", Currency.RUB));
                    assertThat(limit.actor()).isEqualTo("fleet");
                });
        assertThat(detail.history()).filteredOn(event -> event.kind() == CardEvent.Kind.RESTRICTION).singleElement()
                .satisfies(restriction -> assertThat(restriction.restrictionsAfter().forbiddenCategories())
                        .containsExactly("GOODS"));
        assertThat(detail.history()).extracting(CardEvent::at).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void aCardOnAPooledContractSpendsFromTheContractAccountAndHasNoPurseOfItsOwn() throws Exception {
        Contract contract = ownContract(BalanceModel.POOLED);
        Card card = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.DRIVER, 1)).get(0);

        CardDetail detail = fleet.call(() -> fleetCard.detail(card.id()));

        assertThat(detail.spendsFromContract()).isTrue();
        assertThat(detail.purses()).isEmpty();
        assertThat(detail.holderKind()).isEqualTo(HolderKind.DRIVER);
    }

    @Test
    void aReissuedCardPointsToItsSuccessorWhichHasTheBalanceAndTheLimits() throws Exception {
        Contract contract = ownContract(BalanceModel.DISTRIBUTED);
        Card card = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.VEHICLE, 1)).get(0);
        backOffice.call(() -> fixtures.topUpCard(card.id(), "750.00"));
        fleet.call(() -> limits.addLimit(contract.id(), card.id(), LimitMeasure.VOLUME, LimitPeriod.WEEK, 300_000, List.of("FUEL")));

        Cards.IssuedCard successor = fleet.call(() -> cards.reissue(card.id(), "worn out"));
        CardDetail old = fleet.call(() -> fleetCard.detail(card.id()));
        CardDetail fresh = fleet.call(() -> fleetCard.detail(successor.card().id()));

        assertThat(old.status()).isEqualTo(CardStatus.REISSUED);
        assertThat(old.replacedBy()).isEqualTo(new CardDetail.Successor(successor.card().id(), successor.card().panMasked()));
        assertThat(old.mayBeBlocked() || old.mayBeReissued() || old.mayBeClosed()).isFalse();
        assertThat(old.history().get(0).note()).contains("worn out").contains(successor.card().panMasked());
        assertThat(fresh.status()).isEqualTo(CardStatus.ACTIVE);
        assertThat(fresh.panMasked()).isNotEqualTo(card.panMasked());
        assertThat(fresh.purses()).filteredOn(purse -> purse.available().currency() == Currency.RUB).singleElement()
                .satisfies(purse -> assertThat(purse.available()).isEqualTo(Amount.parse("750.00", Currency.RUB)));
        assertThat(fresh.limits()).singleElement().satisfies(limit -> {
            assertThat(limit.amount()).isEqualTo(Amount.parse("300", Currency.LITRE));
            assertThat(limit.categories()).containsExactly("FUEL");
        });
    }

    @Test
    void aClosedCardSaysWhyInItsHistoryAndARefusedActionChangesNothing() throws Exception {
        Contract contract = ownContract(BalanceModel.POOLED);
        Card card = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.VEHICLE, 1)).get(0);
        fleet.call(() -> cards.block(card.id(), BlockReason.STOLEN));

        Throwable unblock = catchThrowable(() -> fleet.call(() -> cards.unblock(card.id())));
        assertCausedBy(unblock, InvalidCardOperationException.class);
        assertThat(fleet.call(() -> fleetCard.detail(card.id())).blockReason()).isEqualTo(BlockReason.STOLEN);

        fleet.call(() -> cards.close(card.id(), "vehicle sold"));
        CardDetail closed = fleet.call(() -> fleetCard.detail(card.id()));

        assertThat(closed.status()).isEqualTo(CardStatus.CLOSED);
        assertThat(closed.history().get(0).note()).isEqualTo("vehicle sold");
        assertThat(closed.history().get(0).actor()).isEqualTo("fleet");
        assertThat(closed.mayBeBlocked() || closed.mayBeUnblocked() || closed.mayBeReissued() || closed.mayBeClosed()).isFalse();
        assertCausedBy(catchThrowable(() -> fleet.call(() -> cards.reissue(card.id(), "again"))),
                InvalidCardOperationException.class);
        assertThat(fleet.call(() -> fleetCard.detail(card.id())).status()).isEqualTo(CardStatus.CLOSED);
    }

    @Test
    void aCardStillHoldingMoneyIsNotClosedAndKeepsItsMoneyUntilItIsMovedAway() throws Exception {
        Contract contract = ownContract(BalanceModel.DISTRIBUTED);
        Card card = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.VEHICLE, 1)).get(0);
        backOffice.call(() -> fixtures.topUpCard(card.id(), "120.00"));

        Throwable refused = catchThrowable(() -> fleet.call(() -> cards.close(card.id(), "vehicle sold")));

        assertThat(Stream.iterate(refused, link -> link != null, Throwable::getCause))
                .anySatisfy(cause -> assertThat(cause).isInstanceOfSatisfying(InvalidCardOperationException.class,
                        money -> assertThat(money.code()).isEqualTo(InvalidCardOperationException.Code.MONEY_LEFT)));
        CardDetail kept = fleet.call(() -> fleetCard.detail(card.id()));
        assertThat(kept.status()).isEqualTo(CardStatus.ACTIVE);
        assertThat(kept.purses()).anySatisfy(purse -> assertThat(purse.available().toString()).isEqualTo("120.00 RUB"));
    }

    @Test
    void anotherCompanysCardAndACardThatDoesNotExistAreRefusedAlike() throws Exception {
        ownContract(BalanceModel.POOLED);
        long other = backOffice.call(() -> fixtures.company("Europe/Moscow"));
        Contract otherContract = backOffice.call(() -> fixtures.activeFuelContract(other, BalanceModel.POOLED, Funding.PREPAID, "0"));
        Card othersCard = backOffice.call(() -> fixtures.activeCards(otherContract.id(), HolderKind.VEHICLE, 1)).get(0);

        assertCausedBy(catchThrowable(() -> fleet.call(() -> fleetCard.detail(othersCard.id()))), AccessDeniedException.class);
        assertCausedBy(catchThrowable(() -> fleet.call(() -> fleetCard.detail(Long.MAX_VALUE))), AccessDeniedException.class);
        assertCausedBy(catchThrowable(() -> fleet.call(() -> cards.close(othersCard.id(), "not mine"))), AccessDeniedException.class);
        assertThat(backOffice.call(() -> cards.find(othersCard.id())).status()).isEqualTo(CardStatus.ACTIVE);
    }

    @Test
    void aParentIsNotLetNearAFleetCard() throws Exception {
        Contract contract = ownContract(BalanceModel.POOLED);
        Card card = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.VEHICLE, 1)).get(0);

        assertCausedBy(catchThrowable(() -> parent.call(() -> fleetCard.detail(card.id()))), EJBAccessException.class);
    }

    /** A fuel contract of a company in Vladivostok whose member the fleet manager is. */
    private Contract ownContract(BalanceModel model) {
        long company = backOffice.call(() -> fixtures.company("Asia/Vladivostok"));
        backOffice.run(() -> organizations.addMember(company, "fleet"));
        return backOffice.call(() -> fixtures.activeFuelContract(company, model, Funding.PREPAID, "0"));
    }

    private static void assertCausedBy(Throwable thrown, Class<? extends Throwable> cause) {
        assertThat(thrown).isNotNull();
        assertThat(Stream.iterate(thrown, link -> link != null, Throwable::getCause)).anyMatch(cause::isInstance);
    }
}
