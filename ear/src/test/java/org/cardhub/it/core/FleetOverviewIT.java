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
import org.cardhub.fleet.boundary.FleetOverview;
import org.cardhub.fleet.entity.ContractOverview;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.organizations.boundary.Organizations;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The fleet manager's overview lists the company's own contracts with their balances and cards, and nobody else's. */
@ExtendWith(ArquillianExtension.class)
class FleetOverviewIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return CoreTestDeployment.with("fleet-overview", FleetOverviewIT.class);
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
    void noOneButACompanysPeopleGetsTheOverview() {
        Throwable refused = catchThrowable(() -> parent.call(() -> overview.contracts()));

        assertThat(refused).isNotNull();
        assertThat(Stream.iterate(refused, cause -> cause != null, Throwable::getCause))
                .anyMatch(EJBAccessException.class::isInstance);
    }
}
