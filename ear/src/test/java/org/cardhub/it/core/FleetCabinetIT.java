package org.cardhub.it.core;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.cardhub.cards.boundary.Cards;
import org.cardhub.cards.entity.BlockReason;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.contracts.entity.BalanceModel;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.Funding;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.fleet.boundary.FleetCards;
import org.cardhub.fleet.boundary.FleetOverview;
import org.cardhub.fleet.entity.CardFilter;
import org.cardhub.fleet.entity.CardOrder;
import org.cardhub.fleet.entity.CardRow;
import org.cardhub.fleet.entity.ContractOverview;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.organizations.boundary.Organizations;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The fleet manager reaches the company's own contracts and cards — overview, card table — and nobody else's. */
@ExtendWith(ArquillianExtension.class)
class FleetCabinetIT {

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
    FleetOverview overview;

    @EJB
    FleetCards fleetCards;

    @Test
    void aManagerSeesTheirCompanysContractsWithBalancesAndCardsByStatusButNoOtherCompanys() throws Exception {
        long own = backOffice.call(() -> fixtures.company("Europe/Moscow"));
        long other = backOffice.call(() -> fixtures.company("Europe/Moscow"));
        backOffice.run(() -> organizations.addMember(own, "fleet"));
        Contract credit = backOffice.call(() -> fixtures.activeFuelContract(own, BalanceModel.POOLED, Funding.CREDIT, "5000.00"));
        Contract otherContract = backOffice.call(() -> fixtures.activeFuelContract(other, BalanceModel.POOLED, Funding.PREPAID, "0"));
        List<Card> vehicles = backOffice.call(() -> fixtures.activeCards(credit.id(), HolderKind.VEHICLE, 3));
        backOffice.call(() -> fixtures.topUpContract(credit.number(), "1500.00"));
        backOffice.call(() -> cards.block(vehicles.get(0).id(), BlockReason.LOST));

        List<ContractOverview> seen = fleet.call(() -> overview.contracts());

        assertThat(seen).extracting(ContractOverview::number).contains(credit.number()).doesNotContain(otherContract.number());
        ContractOverview mine = seen.stream().filter(contract -> contract.id() == credit.id()).findFirst().orElseThrow();
        assertThat(mine.funding()).isEqualTo(Funding.CREDIT);
        assertThat(mine.creditLimit()).isEqualTo(Amount.parse("5000.00", Currency.RUB));
        assertThat(mine.money().available()).isEqualTo(Amount.parse("6500.00", Currency.RUB));
        assertThat(mine.money().held()).isEqualTo(Amount.zero(Currency.RUB));
        assertThat(mine.cards()).isEqualTo(3);
        assertThat(mine.cards(CardStatus.ACTIVE)).isEqualTo(2);
        assertThat(mine.cards(CardStatus.BLOCKED)).isEqualTo(1);
    }

    @Test
    void aManagerPagesFiltersAndCountsTheirContractsCardsInTheDatabaseAndReachesNoOtherCompanys() throws Exception {
        long own = backOffice.call(() -> fixtures.company("Europe/Moscow"));
        long other = backOffice.call(() -> fixtures.company("Europe/Moscow"));
        backOffice.run(() -> organizations.addMember(own, "fleet"));
        Contract contract = backOffice.call(() -> fixtures.activeFuelContract(own, BalanceModel.POOLED, Funding.PREPAID, "0"));
        Contract otherContract = backOffice.call(() -> fixtures.activeFuelContract(other, BalanceModel.POOLED, Funding.PREPAID, "0"));
        List<Card> vehicles = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.VEHICLE, 5));
        backOffice.call(() -> cards.block(vehicles.get(1).id(), BlockReason.TEMPORARY));
        String lastDigits = vehicles.get(3).panMasked().substring(vehicles.get(3).panMasked().length() - 4);

        assertThat(fleet.call(() -> fleetCards.count(contract.id(), CardFilter.NONE))).isEqualTo(5);
        assertThat(fleet.call(() -> fleetCards.page(contract.id(), CardFilter.NONE, CardOrder.BY_HOLDER, 2, 2)))
                .extracting(CardRow::holder).containsExactly("Holder 2", "Holder 3");
        assertThat(fleet.call(() -> fleetCards.page(contract.id(), new CardFilter(null, null, CardStatus.BLOCKED),
                CardOrder.BY_HOLDER, 0, 20))).extracting(CardRow::id).containsExactly(vehicles.get(1).id());
        assertThat(fleet.call(() -> fleetCards.page(contract.id(), new CardFilter("HOLDER 4", null, null),
                CardOrder.BY_HOLDER, 0, 20))).extracting(CardRow::id).containsExactly(vehicles.get(4).id());
        assertThat(fleet.call(() -> fleetCards.page(contract.id(), new CardFilter(null, lastDigits, null),
                CardOrder.BY_HOLDER, 0, 20))).extracting(CardRow::id).contains(vehicles.get(3).id());
        assertThat(fleet.call(() -> fleetCards.count(contract.id(), new CardFilter("%", "x_", null)))).isZero();

        assertRefusedAsUnknown(() -> fleet.call(() -> fleetCards.count(otherContract.id(), CardFilter.NONE)));
        assertRefusedAsUnknown(() -> fleet.call(() -> fleetCards.page(otherContract.id(), CardFilter.NONE,
                CardOrder.BY_HOLDER, 0, 20)));
    }

    @Test
    void noOneButACompanysPeopleGetsTheOverview() {
        assertCausedBy(catchThrowable(() -> parent.call(() -> overview.contracts())), EJBAccessException.class);
        assertCausedBy(catchThrowable(() -> parent.call(() -> fleetCards.count(1L, CardFilter.NONE))),
                EJBAccessException.class);
    }

    private static void assertRefusedAsUnknown(ThrowingCallable call) {
        assertCausedBy(catchThrowable(call), AccessDeniedException.class);
    }

    private static void assertCausedBy(Throwable thrown, Class<? extends Throwable> cause) {
        assertThat(thrown).isNotNull();
        assertThat(Stream.iterate(thrown, link -> link != null, Throwable::getCause)).anyMatch(cause::isInstance);
    }
}
