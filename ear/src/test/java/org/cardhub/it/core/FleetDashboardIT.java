package org.cardhub.it.core;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditEvent;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.callers.RightMissingException;
import org.cardhub.cards.boundary.Cards;
import org.cardhub.cards.entity.BlockReason;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.contracts.boundary.Contracts;
import org.cardhub.contracts.entity.BalanceModel;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.Funding;
import org.cardhub.contracts.entity.InvalidContractException;
import org.cardhub.fleet.boundary.FleetOverview;
import org.cardhub.fleet.entity.ContractOverview;
import org.cardhub.fleet.entity.MonthlySpending;
import org.cardhub.fleet.entity.MonthlySpending.ProductSpent;
import org.cardhub.fleet.entity.MonthlySpending.Spent;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.organizations.boundary.Organizations;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The fleet manager's dashboard in the container, on the real database: spending this month against last summed by
 * the contract's own days (Vladivostok, ten hours ahead of UTC) and products; the cards and spending a manager of one
 * group sees; the low-balance threshold set, refused and raising its notice. Tests that run across a midnight in
 * Vladivostok may see "today" move under them.
 */
@ExtendWith(ArquillianExtension.class)
class FleetDashboardIT {

    private static final ZoneId VLADIVOSTOK = ZoneId.of("Asia/Vladivostok");

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
    DashboardFixtures dashboard;

    @EJB
    Organizations organizations;

    @EJB
    Cards cards;

    @EJB
    Contracts contracts;

    @EJB
    AuditLog audit;

    @EJB
    FleetOverview overview;

    @Test
    void spendingIsSummedByTheContractsOwnDaysAndProductsThisMonthAgainstLast() throws Exception {
        long company = company();
        Contract contract = contractOf(company);
        List<Card> vehicles = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.VEHICLE, 2));
        backOffice.call(() -> fixtures.topUpContract(contract.number(), "100000.00"));
        YearMonth thisMonth = YearMonth.now(VLADIVOSTOK);
        YearMonth lastMonth = thisMonth.minusMonths(1);
        LocalDate today = LocalDate.now(VLADIVOSTOK);
        book(contract, vehicles.get(0), lastMonth.atDay(1), 10, 0, "AI-92", "FUEL", "2705.00", "50.000");
        // 23:30 on the last day there is 13:30 UTC: still last month in Vladivostok, whatever the server's zone
        book(contract, vehicles.get(1), lastMonth.atEndOfMonth(), 23, 30, "DT", "FUEL", "4008.00", "60.000");
        book(contract, vehicles.get(1), thisMonth.atDay(1), 0, 30, "DT", "FUEL", "1336.00", "20.000");
        book(contract, vehicles.get(0), today, 0, 0, "CAR_WASH", "CAR_WASH", "500.00", null);
        book(contract, vehicles.get(0), lastMonth.minusMonths(1).atDay(15), 12, 0, "AI-95", "FUEL", "999.00", "10.000");

        MonthlySpending spending = fleet.call(() -> overview.spending(contract.id()));

        assertThat(spending.today()).isEqualTo(today);
        assertThat(spending.on(lastMonth.atEndOfMonth())).isEqualTo(spent("4008.00", "60.000"));
        assertThat(spending.total(lastMonth)).as("the month before last is not in it").isEqualTo(spent("6713.00", "110.000"));
        assertThat(spending.total(thisMonth)).isEqualTo(spent("1836.00", "20.000"));
        assertThat(spending.byProduct()).containsExactlyInAnyOrder(
                new ProductSpent("DT", spent("1336.00", "20.000"), spent("4008.00", "60.000")),
                new ProductSpent("AI-92", Spent.NOTHING, spent("2705.00", "50.000")),
                new ProductSpent("CAR_WASH", spent("500.00", "0"), Spent.NOTHING));
        assertThat(spending.byProduct().get(0).product()).as("the most spent first").isEqualTo("DT");
    }

    @Test
    void aManagerOfOneGroupCountsAndSumsOnlyThatGroupsCardsAndMayNotSetTheThreshold() throws Exception {
        long company = company();
        Contract contract = contractOf(company);
        List<Card> vehicles = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.VEHICLE, 4));
        backOffice.call(() -> fixtures.topUpContract(contract.number(), "10000.00"));
        backOffice.call(() -> cards.block(vehicles.get(1).id(), BlockReason.TEMPORARY));
        backOffice.call(() -> cards.block(vehicles.get(2).id(), BlockReason.LOST));
        long delivery = backOffice.call(() -> dashboard.group(contract.id(), "Доставка", vehicles.get(0).id(), vehicles.get(1).id()));
        backOffice.call(() -> dashboard.group(contract.id(), "Сервис", vehicles.get(2).id()));
        LocalDate today = LocalDate.now(VLADIVOSTOK);
        book(contract, vehicles.get(0), today, 0, 0, "AI-95", "FUEL", "593.00", "10.000");
        book(contract, vehicles.get(3), today, 0, 0, "DT", "FUEL", "668.00", "10.000");
        ContractOverview beforeLimiting = own(contract);
        backOffice.run(() -> dashboard.limitToGroup(company, "fleet", delivery));

        ContractOverview seen = own(contract);
        MonthlySpending spending = fleet.call(() -> overview.spending(contract.id()));

        assertThat(beforeLimiting.cards()).isEqualTo(4);
        assertThat(beforeLimiting.cards(CardStatus.BLOCKED)).isEqualTo(2);
        assertThat(beforeLimiting.mayWarnBelow()).isTrue();
        assertThat(seen.cards()).as("the group «Доставка» only").isEqualTo(2);
        assertThat(seen.cards(CardStatus.ACTIVE)).isEqualTo(1);
        assertThat(seen.cards(CardStatus.BLOCKED)).isEqualTo(1);
        assertThat(seen.mayWarnBelow()).isFalse();
        assertThat(spending.total(YearMonth.from(today))).isEqualTo(spent("593.00", "10.000"));
        assertThat(spending.byProduct()).extracting(ProductSpent::product).containsExactly("AI-95");
        assertCausedBy(catchThrowable(() -> fleet.call(() -> contracts.warnBelow(contract.id(), rub("100.00")))),
                RightMissingException.class);
        assertThat(own(contract).lowBalance()).as("nothing was saved").isNull();
    }

    @Test
    void aThresholdAboveTheBalanceRaisesTheNoticeABadOneIsRefusedAndNothingChangesAndEachChangeIsAudited() throws Exception {
        Contract contract = contractOf(company());
        backOffice.call(() -> fixtures.topUpContract(contract.number(), "1500.00"));

        fleet.call(() -> contracts.warnBelow(contract.id(), rub("2000.00")));
        ContractOverview warned = own(contract);
        assertThat(warned.lowBalance()).isEqualTo(rub("2000.00"));
        assertThat(warned.belowLowBalance()).isTrue();
        assertThat(warned.needsAction()).isTrue();

        fleet.call(() -> contracts.warnBelow(contract.id(), rub("1000.00")));
        assertThat(own(contract).belowLowBalance()).as("1 500 ₽ is not under 1 000 ₽").isFalse();

        for (String refused : List.of("-5.00", "0")) {
            Throwable thrown = catchThrowable(() -> fleet.call(() -> contracts.warnBelow(contract.id(), rub(refused))));
            assertCausedBy(thrown, InvalidContractException.class);
            assertThat(Stream.iterate(thrown, link -> link != null, Throwable::getCause)
                    .filter(InvalidContractException.class::isInstance).map(InvalidContractException.class::cast)
                    .findFirst().orElseThrow().code()).isEqualTo(InvalidContractException.Code.LOW_BALANCE_INVALID);
        }
        assertThat(own(contract).lowBalance()).as("the refused ones changed nothing").isEqualTo(rub("1000.00"));

        fleet.call(() -> contracts.warnBelow(contract.id(), null));
        ContractOverview cleared = own(contract);
        assertThat(cleared.lowBalance()).isNull();
        assertThat(cleared.needsAction()).isFalse();
        List<AuditEvent> changes = backOffice.call(() -> audit.of(AuditSubject.CONTRACT, contract.id())).stream()
                .filter(event -> event.action().equals("contract.low-balance")).toList();
        assertThat(changes).hasSize(3).allSatisfy(event -> assertThat(event.actor()).isEqualTo("fleet"));
        assertThat(changes).extracting(AuditEvent::details)
                .contains("none -> 2000.00 RUB", "2000.00 RUB -> 1000.00 RUB", "1000.00 RUB -> none");
    }

    @Test
    void anotherCompanysContractIsNeitherSummedNorWarnedAboutAndParentsGetNoDashboard() throws Exception {
        Contract others = backOffice.call(() -> fixtures.activeFuelContract(fixtures.company("Asia/Vladivostok"),
                BalanceModel.POOLED, Funding.PREPAID, "0"));

        assertCausedBy(catchThrowable(() -> fleet.call(() -> overview.spending(others.id()))), AccessDeniedException.class);
        assertCausedBy(catchThrowable(() -> fleet.call(() -> contracts.warnBelow(others.id(), rub("100.00")))),
                AccessDeniedException.class);
        assertCausedBy(catchThrowable(() -> parent.call(() -> overview.spending(others.id()))), EJBAccessException.class);
        assertThat(backOffice.call(() -> contracts.find(others.id())).lowBalanceWarning()).isEmpty();
    }

    /** A company in Vladivostok whose member the fleet manager is. */
    private long company() {
        long company = backOffice.call(() -> fixtures.company("Asia/Vladivostok"));
        backOffice.run(() -> organizations.addMember(company, "fleet"));
        return company;
    }

    private Contract contractOf(long company) {
        return backOffice.call(() -> fixtures.activeFuelContract(company, BalanceModel.POOLED, Funding.PREPAID, "0"));
    }

    private ContractOverview own(Contract contract) throws Exception {
        return fleet.call(() -> overview.contracts()).stream().filter(seen -> seen.id() == contract.id()).findFirst()
                .orElseThrow();
    }

    /** A purchase booked at that wall-clock time in Vladivostok. */
    private void book(Contract contract, Card card, LocalDate day, int hour, int minute, String product, String category,
                      String roubles, String litres) {
        Instant at = day.atTime(hour, minute).atZone(VLADIVOSTOK).toInstant();
        backOffice.call(() -> dashboard.purchase(contract.id(), card.id(), at, product, category, roubles, litres, VLADIVOSTOK));
    }

    private static Spent spent(String roubles, String litres) {
        return new Spent(rub(roubles), Amount.parse(litres, Currency.LITRE));
    }

    private static Amount rub(String roubles) {
        return Amount.parse(roubles, Currency.RUB);
    }

    private static void assertCausedBy(Throwable thrown, Class<? extends Throwable> cause) {
        assertThat(thrown).isNotNull();
        assertThat(Stream.iterate(thrown, link -> link != null, Throwable::getCause)).anyMatch(cause::isInstance);
    }
}
