package org.cardhub.it.core;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditEvent;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardRef;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.contracts.boundary.Contracts;
import org.cardhub.contracts.boundary.Tariffs;
import org.cardhub.contracts.entity.BalanceModel;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.DiscountScope;
import org.cardhub.contracts.entity.Funding;
import org.cardhub.contracts.entity.InvalidTariffException;
import org.cardhub.contracts.entity.TariffDiscount;
import org.cardhub.fleet.boundary.FleetTransactions;
import org.cardhub.fleet.entity.TransactionRow;
import org.cardhub.limits.boundary.Limits;
import org.cardhub.limits.entity.LimitMeasure;
import org.cardhub.limits.entity.LimitPeriod;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.payments.boundary.Payments;
import org.cardhub.payments.entity.OperationKey;
import org.cardhub.payments.entity.Outcome;
import org.cardhub.payments.entity.Spend;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Tariff discounts applied, on the real boundaries and database: a purchase under a discounting tariff posts the
 * price less the discount and its postings are exactly that; authorisations hold, and completions post, the discounted
 * amount; limits and funds judge what is paid, litre limits the litres; the most specific row wins; rows not yet or no
 * longer in force take nothing off; every change is in the audit trail. The test tariff {@code IT_DISCOUNT} (closed to
 * new contracts, three chosen stations) is made once; each run's rows name a product, a region and stations of its own,
 * so runs and other tests never meet them. Regional+'s migrated 3 % at the chosen stations is checked as it stands.
 */
@ExtendWith(ArquillianExtension.class)
class TariffDiscountIT {

    private static final String TARIFF = "IT_DISCOUNT";

    @Deployment
    static EnterpriseArchive deployment() {
        return CoreTestDeployment.shared();
    }

    @EJB
    BackOffice backOffice;

    @EJB
    Fixtures fixtures;

    @EJB
    Tariffs tariffs;

    @EJB
    Contracts contracts;

    @EJB
    Payments payments;

    @EJB
    Limits limits;

    @EJB
    FleetTransactions transactions;

    @EJB
    AuditLog audit;

    @Resource(lookup = "jdbc/cardhub")
    DataSource dataSource;

    private String run;
    private String product;
    private String region;
    private List<String> stations;
    private LocalDate today;

    @BeforeEach
    void aTariffOfTheTestsOwnAndNamesOfThisRun() throws SQLException {
        run = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
        product = "IT-" + run;
        region = "IT-R" + run;
        stations = List.of("IT-A" + run, "IT-B" + run, "IT-C" + run);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO tariff (code, name, family, chosen_stations, "
                     + "description, offered, sort_order) SELECT ?, 'Тест скидок', ?, 3, 'TariffDiscountIT only', FALSE, 900 "
                     + "WHERE NOT EXISTS (SELECT 1 FROM tariff WHERE code = ?)")) {
            insert.setString(1, TARIFF);
            insert.setString(2, TARIFF);
            insert.setString(3, TARIFF);
            insert.executeUpdate();
        }
        today = tariffs.today();
    }

    @Test
    void aPurchaseUnderADiscountingTariffPostsTheDiscountedAmountAndItsPostingsEqualIt() throws SQLException {
        discount(new DiscountScope(product, null, null, false), 300, today);
        Card card = fundedCard("5000.00");

        Outcome bought = payments.purchase(key(), spend(card, "1500.00", "25.000", product, "IT-ELSEWHERE", "RU-MOW"), "terminal:IT");

        assertThat(bought.isApproved()).isTrue();
        assertThat(bought.approvedAmount()).isEqualTo(rub("1455.00"));
        assertThat(bought.approvedVolume()).isEqualTo(Amount.parse("25.000", Currency.LITRE));
        assertThat(bought.balance()).isEqualTo(rub("3545.00"));
        assertThat(row("SELECT amount_minor, discount_minor, discount_bp FROM journal_entry WHERE id = ?", bought.entryId()))
                .containsExactly(145_500L, 4_500L, 300L);
        assertThat(postings(bought.entryId())).containsExactlyInAnyOrder(-145_500L, 145_500L);

        TransactionRow shown = backOffice.call(() -> transactions.detail(card.contractId(), bought.entryId())).orElseThrow().row();
        assertThat(shown.price()).isEqualTo(rub("1500.00"));
        assertThat(shown.discount()).isEqualTo(rub("45.00"));
        assertThat(shown.amount()).isEqualTo(rub("1455.00"));
        assertThat(shown.discountBasisPoints()).isEqualTo(300);
        assertThat(shown.listPricePerLitre()).isEqualTo(rub("60.00"));
    }

    @Test
    void productAndRegionBeatProductAndAnUncoveredSaleIsAtTheStationsPrice() {
        discount(new DiscountScope(product, null, null, false), 300, today);
        discount(new DiscountScope(product, null, region, false), 500, today);
        Card card = fundedCard("5000.00");

        Outcome inRegion = payments.purchase(key(), spend(card, "1000.00", null, product, "IT-X" + run, region), "terminal:IT");
        Outcome elsewhere = payments.purchase(key(), spend(card, "1000.00", null, product, "IT-X" + run, "RU-MOW"), "terminal:IT");
        Outcome otherProduct = payments.purchase(key(), spend(card, "1000.00", null, "CAR_WASH", "IT-X" + run, region), "terminal:IT");

        assertThat(inRegion.approvedAmount()).isEqualTo(rub("950.00"));
        assertThat(elsewhere.approvedAmount()).isEqualTo(rub("970.00"));
        assertThat(otherProduct.approvedAmount()).isEqualTo(rub("1000.00"));
    }

    @Test
    void theChosenStationsOfTheContractGetTheirDiscountAndOthersDoNot() {
        discount(new DiscountScope(null, "FUEL", null, true), 250, today);
        Card card = fundedCard("5000.00");

        Outcome chosen = payments.purchase(key(), spend(card, "1000.01", null, product, stations.get(1), "RU-MOW"), "terminal:IT");
        Outcome other = payments.purchase(key(), spend(card, "1000.00", null, product, "IT-X" + run, "RU-MOW"), "terminal:IT");

        assertThat(chosen.approvedAmount()).as("975.00975, half up").isEqualTo(rub("975.01"));
        assertThat(other.approvedAmount()).isEqualTo(rub("1000.00"));
    }

    @Test
    void anAuthorisationHoldsAndItsCompletionPostsTheDiscountedAmountAndIsJudgedOnThePrice() throws SQLException {
        discount(new DiscountScope(product, null, null, false), 300, today);
        Card card = fundedCard("5000.00");
        OperationKey authorisation = key();

        Outcome held = payments.authorise(authorisation, spend(card, "1000.00", "20.000", product, "IT-X" + run, "RU-MOW"), "terminal:IT");
        Outcome over = payments.complete(key(), authorisation, rub("1000.01"), null, "terminal:IT");
        Outcome completed = payments.complete(key(), authorisation, rub("800.00"), Amount.parse("16.000", Currency.LITRE), "terminal:IT");

        assertThat(held.approvedAmount()).isEqualTo(rub("970.00"));
        assertThat(held.balance()).isEqualTo(rub("4030.00"));
        assertThat(over.code()).as("the price authorised, not the amount held").isEqualTo("EXCEEDS_AUTHORISATION");
        assertThat(completed.approvedAmount()).isEqualTo(rub("776.00"));
        assertThat(completed.balance()).isEqualTo(rub("4224.00"));
        assertThat(row("SELECT amount_minor, discount_minor, discount_bp FROM journal_entry WHERE id = ?", completed.entryId()))
                .containsExactly(77_600L, 2_400L, 300L);
        assertThat(postings(completed.entryId())).containsExactlyInAnyOrder(-77_600L, 77_600L);

        Outcome reversed = payments.reverse(key(), authorisation, "terminal:IT");
        assertThat(reversed.approvedAmount()).isEqualTo(rub("776.00"));
        assertThat(reversed.balance()).isEqualTo(rub("5000.00"));
    }

    @Test
    void limitsAndFundsJudgeTheAmountPaidAndLitreLimitsTheLitres() {
        discount(new DiscountScope(product, null, null, false), 300, today);
        Card card = fundedCard("970.00");
        backOffice.call(() -> limits.addLimit(card.contractId(), card.id(), LimitMeasure.MONEY, LimitPeriod.DAY, 970_00, List.of()));
        backOffice.call(() -> limits.addLimit(card.contractId(), card.id(), LimitMeasure.VOLUME, LimitPeriod.DAY, 20_000, List.of()));

        Outcome tooManyLitres = payments.purchase(key(), spend(card, "1000.00", "20.001", product, "IT-X" + run, "RU-MOW"), "terminal:IT");
        Outcome exactly = payments.purchase(key(), spend(card, "1000.00", "20.000", product, "IT-X" + run, "RU-MOW"), "terminal:IT");
        Outcome more = payments.purchase(key(), spend(card, "0.01", null, product, "IT-X" + run, "RU-MOW"), "terminal:IT");

        assertThat(tooManyLitres.code()).isEqualTo("LIMIT_EXCEEDED");
        assertThat(exactly.isApproved()).as("1000.00 less 3 % is the 970.00 the card may spend and has").isTrue();
        assertThat(exactly.balance()).isEqualTo(rub("0.00"));
        assertThat(more.isApproved()).isFalse();
    }

    @Test
    void aRowNotYetOrNoLongerInForceTakesNothingOffAndEachChangeIsAudited() {
        String later = product + "-L";
        String ended = product + "-E";
        TariffDiscount tomorrow = discount(new DiscountScope(later, null, null, false), 900, today.plusDays(1));
        TariffDiscount stopped = discount(new DiscountScope(ended, null, null, false), 900, today);
        backOffice.call(() -> tariffs.endDiscount(stopped.id(), today));
        Card card = fundedCard("5000.00");

        assertThat(payments.purchase(key(), spend(card, "100.00", null, later, "IT-X" + run, "RU-MOW"), "terminal:IT")
                .approvedAmount()).isEqualTo(rub("100.00"));
        assertThat(payments.purchase(key(), spend(card, "100.00", null, ended, "IT-X" + run, "RU-MOW"), "terminal:IT")
                .approvedAmount()).isEqualTo(rub("100.00"));

        List<String> trail = backOffice.call(() -> audit.of(AuditSubject.TARIFF, TARIFF)).stream().map(AuditEvent::details).toList();
        assertThat(trail).contains("discount " + tomorrow.id() + ": none -> " + later + " everywhere 900 bp from " + today.plusDays(1),
                "discount " + stopped.id() + ": " + ended + " everywhere 900 bp from " + today + " -> " + ended
                        + " everywhere 900 bp from " + today + " until " + today);
    }

    @Test
    void aDiscountFromThePastOrOutOfRangeIsRefusedAndWritesNothing() throws SQLException {
        long before = count("SELECT COUNT(*) FROM tariff_discount WHERE tariff_code = ?", TARIFF);
        DiscountScope scope = new DiscountScope(product, null, null, false);

        assertThat(codeOf(() -> discount(scope, 300, today.minusDays(1)))).isEqualTo("START_IN_PAST");
        assertThat(codeOf(() -> discount(scope, 10_001, today))).isEqualTo("DISCOUNT_RANGE");
        assertThat(codeOf(() -> backOffice.call(() -> tariffs.addDiscount("NO_SUCH", scope, 300, today)))).isEqualTo("TARIFF_UNKNOWN");
        TariffDiscount future = discount(scope, 300, today.plusDays(5));
        assertThat(codeOf(() -> backOffice.call(() -> tariffs.endDiscount(future.id(), today.minusDays(1))))).isEqualTo("END_IN_PAST");
        assertThat(codeOf(() -> backOffice.call(() -> tariffs.endDiscount(future.id(), today.plusDays(4))))).isEqualTo("END_BEFORE_START");

        assertThat(count("SELECT COUNT(*) FROM tariff_discount WHERE tariff_code = ?", TARIFF)).isEqualTo(before + 1);
    }

    @Test
    void regionalPlusTakesItsThreePercentOffFuelAtTheChosenStationsAsMigrated() {
        long company = backOffice.call(() -> fixtures.company("Europe/Moscow"));
        Contract contract = backOffice.call(() -> contracts.activate(contracts.applyForFuel(company, "REGIONAL_PLUS",
                List.of("AZS-17", "AZS-23", "AZS-31"), BalanceModel.POOLED, Funding.PREPAID, rub("0.00")).id(), "test"));
        Card card = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.VEHICLE, 1)).get(0);
        backOffice.call(() -> fixtures.topUpContract(contract.number(), "5000.00"));

        Outcome chosen = payments.purchase(key(), spend(card, "1500.00", "25.000", "AI-95", "AZS-17", "RU-MOW"), "terminal:FUEL-0001");
        Outcome notChosen = payments.purchase(key(), spend(card, "1500.00", "25.000", "AI-95", "AZS-42", "RU-TVE"), "terminal:FUEL-0004");

        assertThat(chosen.approvedAmount()).isEqualTo(rub("1455.00"));
        assertThat(notChosen.approvedAmount()).isEqualTo(rub("1500.00"));
    }

    private TariffDiscount discount(DiscountScope scope, int basisPoints, LocalDate from) {
        return backOffice.call(() -> tariffs.addDiscount(TARIFF, scope, basisPoints, from));
    }

    /** A card of a new pooled contract under the test tariff with this run's stations, the contract funded. */
    private Card fundedCard(String balance) {
        long company = backOffice.call(() -> fixtures.company("Europe/Moscow"));
        Contract contract = backOffice.call(() -> contracts.activate(contracts.applyForFuel(company, TARIFF, stations,
                BalanceModel.POOLED, Funding.PREPAID, rub("0.00")).id(), "test"));
        Card card = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.VEHICLE, 1)).get(0);
        backOffice.call(() -> fixtures.topUpContract(contract.number(), balance));
        return card;
    }

    private static Spend spend(Card card, String amount, String litres, String productCode, String station, String region) {
        return new Spend(CardRef.id(card.id()), rub(amount), litres == null ? null : Amount.parse(litres, Currency.LITRE),
                productCode, "FUEL", station, region, Instant.now());
    }

    private static OperationKey key() {
        return Fixtures.key("terminal:IT");
    }

    private static Amount rub(String value) {
        return Amount.parse(value, Currency.RUB);
    }

    /** The stable code of the refusal the call ends in, however the container wrapped it. */
    private static String codeOf(Runnable call) {
        Throwable thrown = catchThrowable(call::run);
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidTariffException refused) {
                return refused.code().name();
            }
        }
        throw new AssertionError("No tariff refusal but " + thrown, thrown);
    }

    private List<Long> postings(long entryId) throws SQLException {
        List<Long> amounts = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT amount_minor FROM posting WHERE entry_id = ?")) {
            statement.setLong(1, entryId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    amounts.add(rows.getLong(1));
                }
            }
        }
        return amounts;
    }

    private List<Long> row(String sql, long id) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                List<Long> values = new ArrayList<>();
                for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
                    values.add(rows.getLong(column));
                }
                return values;
            }
        }
    }

    private long count(String sql, String parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
