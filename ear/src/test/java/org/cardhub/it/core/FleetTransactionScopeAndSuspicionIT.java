package org.cardhub.it.core;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardRef;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.contracts.entity.BalanceModel;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.Funding;
import org.cardhub.fleet.boundary.FleetTransactions;
import org.cardhub.fleet.entity.Suspicion;
import org.cardhub.fleet.entity.TransactionDetail;
import org.cardhub.fleet.entity.TransactionFilter;
import org.cardhub.fleet.entity.TransactionGroupChoice;
import org.cardhub.fleet.entity.TransactionRow;
import org.cardhub.fleet.entity.TransactionStatus;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.organizations.boundary.Organizations;
import org.cardhub.payments.boundary.Payments;
import org.cardhub.payments.entity.OperationKey;
import org.cardhub.payments.entity.Outcome;
import org.cardhub.payments.entity.Spend;
import org.cardhub.terminals.boundary.Terminals;
import org.cardhub.terminals.entity.GeoPoint;
import org.cardhub.terminals.entity.TerminalKind;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a fleet manager sees of a fresh company's transactions on the real database: a manager limited to one card
 * group sees that group's cards only — in pages, totals, export chunks, details and the groups offered — and the
 * fill-ups of more litres than the vehicle's tank, or of one card at stations some 160 km apart within the hour, are
 * flagged, listed by the "suspicious only" filter and explained in the detail.
 */
@ExtendWith(ArquillianExtension.class)
class FleetTransactionScopeAndSuspicionIT {

    private static final GeoPoint MOSCOW = new GeoPoint(55.7558, 37.6173);
    private static final GeoPoint TVER = new GeoPoint(56.8587, 35.9176);

    @Deployment
    static EnterpriseArchive deployment() {
        return CoreTestDeployment.shared();
    }

    @EJB
    BackOffice backOffice;

    @EJB
    AsFleetManager fleet;

    @EJB
    Fixtures fixtures;

    @EJB
    Organizations organizations;

    @EJB
    Payments payments;

    @EJB
    Terminals terminals;

    @EJB
    FleetTransactions transactions;

    @Resource(lookup = "jdbc/cardhub")
    DataSource dataSource;

    /** The key each purchase was made with, by its journal entry, to reverse it. */
    private final Map<Long, OperationKey> keys = new HashMap<>();

    @Test
    void aManagerOfOneGroupSeesOnlyItsCardsInPagesTotalsChunksDetailsAndGroups() throws Exception {
        long company = backOffice.call(() -> fixtures.company("Europe/Moscow"));
        backOffice.run(() -> organizations.addMember(company, "fleet"));
        Contract contract = fuelContract(company);
        List<Card> cards = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.VEHICLE, 3));
        long delivery = group(contract.id(), "Доставка");
        long service = group(contract.id(), "Сервис");
        update("UPDATE card SET group_id = ? WHERE id = ?", delivery, cards.get(0).id());
        update("UPDATE card SET group_id = ? WHERE id = ?", service, cards.get(1).id());
        long ours = purchase(cards.get(0), "500.00", "10.000", "AZS-17");
        long theirs = purchase(cards.get(1), "700.00", "12.000", "AZS-17");
        purchase(cards.get(2), "300.00", "5.000", "AZS-17");
        assertThat(fleet.call(() -> transactions.count(contract.id(), TransactionFilter.NONE))).as("all cards").isEqualTo(4);

        update("UPDATE organization_member SET all_cards = FALSE WHERE organization_id = ? AND subject = 'fleet'", company);
        update("INSERT INTO member_group (organization_id, subject, group_id) VALUES (?, 'fleet', ?)", company, delivery);

        assertThat(fleet.call(() -> transactions.page(contract.id(), TransactionFilter.NONE, 0, 20)))
                .extracting(TransactionRow::id).containsExactly(ours);
        assertThat(fleet.call(() -> transactions.after(contract.id(), TransactionFilter.NONE, null, 20)))
                .extracting(TransactionRow::id).containsExactly(ours);
        assertThat(fleet.call(() -> transactions.totals(contract.id(), TransactionFilter.NONE)).spent())
                .isEqualTo(Amount.parse("500.00", Currency.RUB));
        assertThat(fleet.call(() -> transactions.detail(contract.id(), ours))).isPresent();
        assertThat(fleet.call(() -> transactions.detail(contract.id(), theirs))).as("another group's card").isEmpty();
        assertThat(fleet.call(() -> transactions.groups(contract.id()))).extracting(TransactionGroupChoice::name)
                .containsExactly("Доставка");
        TransactionFilter otherGroup = filter(service, null, null, false);
        assertThat(fleet.call(() -> transactions.count(contract.id(), otherGroup))).isZero();
    }

    @Test
    void fillUpsOverTheTankOrFarApartWithinTheHourAreFlaggedListedAndExplained() throws Exception {
        long company = backOffice.call(() -> fixtures.company("Europe/Moscow"));
        backOffice.run(() -> organizations.addMember(company, "fleet"));
        Contract contract = fuelContract(company);
        List<Card> cards = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.VEHICLE, 2));
        update("UPDATE card SET vehicle = 'ГАЗель NEXT', plate = 'А123ВС77', tank_millilitres = 64000 WHERE id = ?",
                cards.get(0).id());
        String moscow = station("Москва, Тверская, 1", MOSCOW);
        String tver = station("Тверь, Советская, 5", TVER);

        long overTank = purchase(cards.get(0), "4200.00", "70.000", moscow);
        long farAway = purchase(cards.get(0), "600.00", "10.000", tver);
        long plain = purchase(cards.get(1), "300.00", "5.000", moscow);
        purchase(cards.get(1), "300.00", "5.000", moscow);

        List<TransactionRow> all = fleet.call(() -> transactions.page(contract.id(), TransactionFilter.NONE, 0, 20));
        assertThat(all).filteredOn(TransactionRow::isSuspicious).extracting(TransactionRow::id)
                .containsExactlyInAnyOrder(overTank, farAway);
        assertThat(row(all, overTank).suspicions()).isEqualTo(Set.of(Suspicion.OVER_TANK, Suspicion.DISTANT_STATIONS));
        assertThat(row(all, farAway).suspicions()).isEqualTo(Set.of(Suspicion.DISTANT_STATIONS));
        assertThat(row(all, plain).suspicions()).isEmpty();
        assertThat(row(all, overTank).plate()).isEqualTo("А123ВС77");

        TransactionFilter suspicious = TransactionFilter.NONE.onlySuspicious();
        assertThat(fleet.call(() -> transactions.page(contract.id(), suspicious, 0, 20))).extracting(TransactionRow::id)
                .containsExactly(farAway, overTank);
        assertThat(fleet.call(() -> transactions.totals(contract.id(), suspicious)).spent())
                .isEqualTo(Amount.parse("4800.00", Currency.RUB));

        TransactionDetail detail = fleet.call(() -> transactions.detail(contract.id(), overTank)).orElseThrow();
        assertThat(detail.tankMillilitres()).isEqualTo(64_000);
        assertThat(detail.stationLocation()).isEqualTo("Москва, Тверская, 1");
        assertThat(detail.row().pricePerLitre()).isEqualTo(Amount.parse("60.00", Currency.RUB));
        assertThat(detail.distant()).singleElement().satisfies(other -> {
            assertThat(other.entryId()).isEqualTo(farAway);
            assertThat(other.station()).isEqualTo(tver);
            assertThat(other.kilometres()).isBetween(155L, 170L);
        });

        assertThat(fleet.call(() -> transactions.page(contract.id(), filter(null, "газель", null, false), 0, 20)))
                .extracting(TransactionRow::id).containsExactly(farAway, overTank);
        assertThat(payments.reverse(Fixtures.key("terminal:T19"), keyOf(plain), "t").isApproved()).isTrue();
        List<TransactionRow> reversed = fleet.call(() -> transactions.page(contract.id(),
                filter(null, null, TransactionStatus.REVERSED, false), 0, 20));
        assertThat(reversed).extracting(TransactionRow::id).containsExactly(plain);
        assertThat(reversed.get(0).isReversed()).isTrue();
        assertThat(fleet.call(() -> transactions.count(contract.id(), filter(null, null, TransactionStatus.BOOKED, false))))
                .as("the top-up, three purchases still booked and the reversal").isEqualTo(5);
    }

    private Contract fuelContract(long company) throws Exception {
        Contract contract = backOffice.call(() -> fixtures.activeFuelContract(company, BalanceModel.POOLED, Funding.PREPAID, "0"));
        backOffice.call(() -> fixtures.topUpContract(contract.number(), "20000.00"));
        return contract;
    }

    /** A station of its own with one fuel terminal placed where it stands. */
    private String station(String location, GeoPoint position) throws Exception {
        String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000));
        String id = "T19-" + suffix;
        String station = "AZS-T19-" + suffix;
        backOffice.call(() -> terminals.register(id, TerminalKind.FUEL_POS, null, location, station, "RU-MOW"));
        backOffice.call(() -> terminals.place(id, position));
        return station;
    }

    private long purchase(Card card, String amount, String litres, String station) throws Exception {
        OperationKey key = Fixtures.key("terminal:T19");
        Outcome outcome = payments.purchase(key, new Spend(CardRef.id(card.id()), Amount.parse(amount, Currency.RUB),
                Amount.parse(litres, Currency.LITRE), "AI-95", "FUEL", station, "RU-MOW", Instant.now()), "t");
        assertThat(outcome.isApproved()).isTrue();
        long entry = outcome.entryId();
        keys.put(entry, key);
        return entry;
    }

    private OperationKey keyOf(long entry) {
        return keys.get(entry);
    }

    private static TransactionRow row(List<TransactionRow> rows, long id) {
        return rows.stream().filter(row -> row.id() == id).findFirst().orElseThrow();
    }

    private static TransactionFilter filter(Long group, String vehicle, TransactionStatus status, boolean suspicious) {
        return new TransactionFilter(null, null, null, null, null, null, null, group, vehicle, status, suspicious);
    }

    private long group(long contractId, String name) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO card_group (contract_id, name, created_at) "
                     + "VALUES (?, ?, CURRENT_TIMESTAMP)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, contractId);
            insert.setString(2, name);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private void update(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
