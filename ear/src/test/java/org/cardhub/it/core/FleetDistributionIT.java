package org.cardhub.it.core;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.callers.RightMissingException;
import org.cardhub.cards.boundary.Cards;
import org.cardhub.cards.entity.BlockReason;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.contracts.entity.BalanceModel;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.Funding;
import org.cardhub.contracts.entity.InvalidContractException;
import org.cardhub.fleet.boundary.FleetDistribution;
import org.cardhub.fleet.boundary.FleetMoves;
import org.cardhub.fleet.entity.CardBalance;
import org.cardhub.fleet.entity.CardFilter;
import org.cardhub.fleet.entity.CardOrder;
import org.cardhub.fleet.entity.MoveResult;
import org.cardhub.fleet.entity.MoveRow;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.organizations.boundary.Organizations;
import org.cardhub.payments.boundary.Payments;
import org.cardhub.payments.entity.Distribution;
import org.cardhub.payments.entity.Distribution.Direction;
import org.cardhub.payments.entity.Distribution.Leg;
import org.cardhub.payments.entity.DistributionRefusedException;
import org.cardhub.payments.entity.InvalidOperationException;
import org.cardhub.payments.entity.PurseRef;
import org.cardhub.payments.entity.TopUpChannel;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A fleet manager moves money and litres between a distributed contract's account and its cards: every card of a
 * request or none, once per request id even when the same request arrives on several threads at once, refused with
 * what is available when a purse is short, and only on their own company's cards with the right to move money. On
 * PostgreSQL in CI.
 */
@ExtendWith(ArquillianExtension.class)
class FleetDistributionIT {

    private static final int THREADS = 8;

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
    Cards cards;

    @EJB
    Payments payments;

    @EJB
    FleetDistribution distribution;

    @EJB
    FleetMoves moves;

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = "jdbc/cardhub")
    DataSource dataSource;

    @Test
    void aManagerMovesRoublesOntoCardsTheSameOrEachItsOwnAndLitresBackAndSeesEachMoveInTheHistory() throws Exception {
        Contract contract = ownContract(BalanceModel.DISTRIBUTED);
        List<Card> vehicles = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.VEHICLE, 2));
        backOffice.call(() -> fixtures.topUpContract(contract.number(), "1000.00"));
        topUpLitres(contract, "100.000");
        long first = vehicles.get(0).id();
        long second = vehicles.get(1).id();

        MoveResult same = fleet.call(() -> distribution.move(requestId(), Distribution.ofEach(contract.id(),
                Direction.TO_CARDS, rub("100.00"), List.of(first, second), "выдача на неделю")));
        MoveResult own = fleet.call(() -> distribution.move(requestId(), new Distribution(contract.id(), Direction.TO_CARDS,
                Currency.RUB, List.of(new Leg(first, rub("50.00")), new Leg(second, rub("25.50"))), "доплата")));
        fleet.call(() -> distribution.move(requestId(), Distribution.ofEach(contract.id(), Direction.TO_CARDS,
                litres("10.500"), List.of(first), "талоны")));
        MoveResult back = fleet.call(() -> distribution.move(requestId(), Distribution.ofEach(contract.id(),
                Direction.FROM_CARDS, litres("4.250"), List.of(first), "возврат литров")));

        assertThat(same.total()).isEqualTo(rub("200.00"));
        assertThat(same.cards()).isEqualTo(2);
        assertThat(same.contractAvailable()).isEqualTo(rub("800.00"));
        assertThat(same.repeated()).isFalse();
        assertThat(own.contractAvailable()).isEqualTo(rub("724.50"));
        assertThat(back.contractAvailable()).isEqualTo(litres("93.750"));
        assertThat(available(contract.id(), null, Currency.RUB)).isEqualTo(724_50);
        assertThat(available(contract.id(), null, Currency.LITRE)).isEqualTo(93_750);
        List<CardBalance> onCards = fleet.call(() -> distribution.cards(contract.id(), CardFilter.NONE, CardOrder.BY_HOLDER, 0, 20));
        assertThat(onCards).extracting(CardBalance::id).containsExactly(first, second);
        assertThat(onCards).extracting(CardBalance::money).containsExactly(rub("150.00"), rub("125.50"));
        assertThat(onCards).extracting(CardBalance::litres).containsExactly(litres("6.250"), litres("0"));
        assertThat(fleet.call(() -> distribution.mayMoveMoney(contract.id()))).isTrue();

        assertThat(fleet.call(() -> moves.count(contract.id()))).isEqualTo(6);
        List<MoveRow> history = fleet.call(() -> moves.page(contract.id(), 0, 20));
        assertThat(history).hasSize(6);
        MoveRow newest = history.get(0);
        assertThat(newest.toCard()).isFalse();
        assertThat(newest.cardId()).isEqualTo(first);
        assertThat(newest.amount()).isEqualTo(litres("4.250"));
        assertThat(newest.reason()).isEqualTo("возврат литров");
        assertThat(newest.actor()).isEqualTo("fleet");
        assertThat(history.get(1).toCard()).isTrue();
        assertThat(history.subList(4, 6)).extracting(MoveRow::reason).containsOnly("выдача на неделю");
        assertThat(history.subList(4, 6)).extracting(MoveRow::amount).containsOnly(rub("100.00"));
        assertThat(fleet.call(() -> moves.page(contract.id(), 5, 20))).hasSize(1);
    }

    @Test
    void aSelectionWithOneCardThatMayNotTakePartMovesNothingAtAllAndMayBeSentAgainWithoutIt() throws Exception {
        Contract contract = ownContract(BalanceModel.DISTRIBUTED);
        List<Card> vehicles = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.VEHICLE, 3));
        backOffice.call(() -> fixtures.topUpContract(contract.number(), "1000.00"));
        backOffice.call(() -> cards.block(vehicles.get(2).id(), BlockReason.TEMPORARY));
        List<Long> all = vehicles.stream().map(Card::id).toList();
        long entriesBefore = entriesOf(contract.id());
        String request = requestId();

        DistributionRefusedException refused = refusal(() -> fleet.call(() -> distribution.move(request,
                Distribution.ofEach(contract.id(), Direction.TO_CARDS, rub("100.00"), all, "выдача"))), DistributionRefusedException.class);

        assertThat(refused.code()).isEqualTo(DistributionRefusedException.Code.CARD_NOT_USABLE);
        assertThat(refused.cardId()).isEqualTo(vehicles.get(2).id());
        assertThat(refused.where()).isEqualTo(vehicles.get(2).panMasked());
        assertThat(entriesOf(contract.id())).isEqualTo(entriesBefore);
        assertThat(available(contract.id(), null, Currency.RUB)).isEqualTo(1000_00);
        assertThat(available(contract.id(), vehicles.get(0).id(), Currency.RUB)).isZero();

        MoveResult without = fleet.call(() -> distribution.move(request, Distribution.ofEach(contract.id(),
                Direction.TO_CARDS, rub("100.00"), all.subList(0, 2), "выдача")));

        assertThat(without.repeated()).isFalse();
        assertThat(available(contract.id(), null, Currency.RUB)).isEqualTo(800_00);
    }

    @Test
    void takingBackMoreThanOneCardHoldsIsRefusedNamingThatCardAndWhatItHasAndTakesNothingFromTheOthers() throws Exception {
        Contract contract = ownContract(BalanceModel.DISTRIBUTED);
        List<Card> vehicles = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.VEHICLE, 2));
        backOffice.call(() -> fixtures.topUpCard(vehicles.get(0).id(), "100.00"));
        backOffice.call(() -> fixtures.topUpCard(vehicles.get(1).id(), "10.00"));
        long entriesBefore = entriesOf(contract.id());

        DistributionRefusedException refused = refusal(() -> fleet.call(() -> distribution.move(requestId(),
                Distribution.ofEach(contract.id(), Direction.FROM_CARDS, rub("50.00"),
                        List.of(vehicles.get(0).id(), vehicles.get(1).id()), "конец месяца"))), DistributionRefusedException.class);

        assertThat(refused.code()).isEqualTo(DistributionRefusedException.Code.INSUFFICIENT_FUNDS);
        assertThat(refused.cardId()).isEqualTo(vehicles.get(1).id());
        assertThat(refused.available()).isEqualTo(rub("10.00"));
        assertThat(available(contract.id(), vehicles.get(0).id(), Currency.RUB)).isEqualTo(100_00);
        assertThat(available(contract.id(), null, Currency.RUB)).isZero();
        assertThat(entriesOf(contract.id())).isEqualTo(entriesBefore);
    }

    @Test
    void aMoveAboveWhatTheContractAccountHasIsRefusedSayingWhatIsAvailableAndMovesNothing() throws Exception {
        Contract contract = ownContract(BalanceModel.DISTRIBUTED);
        List<Long> vehicles = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.VEHICLE, 2))
                .stream().map(Card::id).toList();
        backOffice.call(() -> fixtures.topUpContract(contract.number(), "150.00"));
        long entriesBefore = entriesOf(contract.id());

        DistributionRefusedException refused = refusal(() -> fleet.call(() -> distribution.move(requestId(),
                Distribution.ofEach(contract.id(), Direction.TO_CARDS, rub("100.00"), vehicles, "выдача"))),
                DistributionRefusedException.class);

        assertThat(refused.code()).isEqualTo(DistributionRefusedException.Code.INSUFFICIENT_FUNDS);
        assertThat(refused.cardId()).isNull();
        assertThat(refused.where()).isEqualTo(contract.number());
        assertThat(refused.available()).isEqualTo(rub("150.00"));
        assertThat(entriesOf(contract.id())).isEqualTo(entriesBefore);
        assertThat(available(contract.id(), null, Currency.RUB)).isEqualTo(150_00);
    }

    @Test
    void theSameRequestSentOnEightThreadsAtOnceMovesOnceAndEveryThreadGetsTheFirstAnswer() throws Exception {
        Contract contract = ownContract(BalanceModel.DISTRIBUTED);
        List<Long> vehicles = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.VEHICLE, 2))
                .stream().map(Card::id).toList();
        // enough for the move once, not twice: a second move would be refused, a replay is not
        backOffice.call(() -> fixtures.topUpContract(contract.number(), "700.00"));
        long entriesBefore = entriesOf(contract.id());
        String request = requestId();
        Distribution move = Distribution.ofEach(contract.id(), Direction.TO_CARDS, rub("300.00"), vehicles, "выдача");

        CountDownLatch start = new CountDownLatch(1);
        List<Future<MoveResult>> answers = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            answers.add(executor.submit(() -> {
                start.await();
                return fleet.call(() -> distribution.move(request, move));
            }));
        }
        start.countDown();
        List<MoveResult> results = new ArrayList<>();
        for (Future<MoveResult> answer : answers) {
            results.add(answer.get(2, TimeUnit.MINUTES));
        }

        assertThat(results).filteredOn(result -> !result.repeated()).hasSize(1);
        assertThat(results).extracting(MoveResult::contractAvailable).containsOnly(rub("100.00"));
        assertThat(results).extracting(MoveResult::total).containsOnly(rub("600.00"));
        assertThat(entriesOf(contract.id())).isEqualTo(entriesBefore + 2);
        assertThat(available(contract.id(), null, Currency.RUB)).isEqualTo(100_00);
        assertThat(available(contract.id(), vehicles.get(0), Currency.RUB)).isEqualTo(300_00);

        InvalidOperationException reused = refusal(() -> fleet.call(() -> distribution.move(request, Distribution.ofEach(
                contract.id(), Direction.TO_CARDS, rub("50.00"), vehicles, "выдача"))), InvalidOperationException.class);
        assertThat(reused.code()).isEqualTo(InvalidOperationException.Code.IDEMPOTENCY_CONFLICT);
        assertThat(entriesOf(contract.id())).isEqualTo(entriesBefore + 2);
    }

    @Test
    void aPooledContractHasNothingToDistribute() throws Exception {
        Contract contract = ownContract(BalanceModel.POOLED);
        List<Long> vehicles = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.VEHICLE, 1))
                .stream().map(Card::id).toList();
        backOffice.call(() -> fixtures.topUpContract(contract.number(), "500.00"));

        InvalidContractException refused = refusal(() -> fleet.call(() -> distribution.move(requestId(),
                Distribution.ofEach(contract.id(), Direction.TO_CARDS, rub("100.00"), vehicles, "выдача"))),
                InvalidContractException.class);

        assertThat(refused.code()).isEqualTo(InvalidContractException.Code.NOT_DISTRIBUTED);
        assertThat(available(contract.id(), null, Currency.RUB)).isEqualTo(500_00);
    }

    @Test
    void aCardOfAnotherContractOrAnotherCompanyIsUnknownAndNothingMoves() throws Exception {
        Contract contract = ownContract(BalanceModel.DISTRIBUTED);
        long own = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.VEHICLE, 1)).get(0).id();
        Contract sibling = backOffice.call(() -> fixtures.activeFuelContract(contract.organizationId(),
                BalanceModel.DISTRIBUTED, Funding.PREPAID, "0"));
        long siblings = backOffice.call(() -> fixtures.activeCards(sibling.id(), HolderKind.VEHICLE, 1)).get(0).id();
        long company = backOffice.call(() -> fixtures.company("Europe/Moscow"));
        Contract foreign = backOffice.call(() -> fixtures.activeFuelContract(company, BalanceModel.DISTRIBUTED, Funding.PREPAID, "0"));
        long foreigners = backOffice.call(() -> fixtures.activeCards(foreign.id(), HolderKind.VEHICLE, 1)).get(0).id();
        backOffice.call(() -> fixtures.topUpContract(contract.number(), "500.00"));
        backOffice.call(() -> fixtures.topUpContract(foreign.number(), "500.00"));

        for (long stranger : List.of(siblings, foreigners, Long.MAX_VALUE)) {
            refusal(() -> fleet.call(() -> distribution.move(requestId(), Distribution.ofEach(contract.id(),
                    Direction.TO_CARDS, rub("10.00"), List.of(own, stranger), "выдача"))), AccessDeniedException.class);
        }
        refusal(() -> fleet.call(() -> distribution.move(requestId(), Distribution.ofEach(foreign.id(),
                Direction.TO_CARDS, rub("10.00"), List.of(foreigners), "выдача"))), AccessDeniedException.class);
        refusal(() -> fleet.call(() -> moves.page(foreign.id(), 0, 20)), AccessDeniedException.class);

        assertThat(available(contract.id(), null, Currency.RUB)).isEqualTo(500_00);
        assertThat(available(contract.id(), own, Currency.RUB)).isZero();
        assertThat(available(foreign.id(), null, Currency.RUB)).isEqualTo(500_00);
    }

    @Test
    void aManagerWithoutTheRightToMoveMoneySeesTheBalancesButMovesNothing() throws Exception {
        Contract contract = ownContract(BalanceModel.DISTRIBUTED);
        List<Long> vehicles = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.VEHICLE, 1))
                .stream().map(Card::id).toList();
        backOffice.call(() -> fixtures.topUpContract(contract.number(), "500.00"));
        execute("UPDATE organization_member SET may_move_money = FALSE WHERE organization_id = ? AND subject = 'fleet'",
                contract.organizationId());

        assertThat(fleet.call(() -> distribution.mayMoveMoney(contract.id()))).isFalse();
        assertThat(fleet.call(() -> distribution.cards(contract.id(), CardFilter.NONE, CardOrder.BY_HOLDER, 0, 20))).hasSize(1);
        refusal(() -> fleet.call(() -> distribution.move(requestId(), Distribution.ofEach(contract.id(),
                Direction.TO_CARDS, rub("10.00"), vehicles, "выдача"))), RightMissingException.class);
        assertThat(available(contract.id(), null, Currency.RUB)).isEqualTo(500_00);
    }

    @Test
    void theHistoryShowsAManagerOfOneGroupOnlyTheMovesOfThatGroupsCards() throws Exception {
        Contract contract = ownContract(BalanceModel.DISTRIBUTED);
        List<Card> vehicles = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.VEHICLE, 2));
        backOffice.call(() -> fixtures.topUpContract(contract.number(), "500.00"));
        for (Card vehicle : vehicles) {
            fleet.call(() -> distribution.move(requestId(), Distribution.ofEach(contract.id(), Direction.TO_CARDS,
                    rub("10.00"), List.of(vehicle.id()), "выдача")));
        }
        long delivery = group(contract.id(), "Доставка", vehicles.get(0).id());
        group(contract.id(), "Сервис", vehicles.get(1).id());
        execute("UPDATE organization_member SET all_cards = FALSE WHERE organization_id = ? AND subject = 'fleet'",
                contract.organizationId());
        execute("INSERT INTO member_group (organization_id, subject, group_id) SELECT organization_id, 'fleet', ? "
                + "FROM contract WHERE id = " + contract.id(), delivery);

        assertThat(fleet.call(() -> moves.count(contract.id()))).isEqualTo(1);
        assertThat(fleet.call(() -> moves.page(contract.id(), 0, 20))).extracting(MoveRow::cardId)
                .containsExactly(vehicles.get(0).id());
        assertThat(backOffice.call(() -> moves.count(contract.id()))).isEqualTo(2);
        refusal(() -> fleet.call(() -> distribution.move(requestId(), Distribution.ofEach(contract.id(),
                Direction.TO_CARDS, rub("10.00"), List.of(vehicles.get(1).id()), "выдача"))), AccessDeniedException.class);
        assertThat(available(contract.id(), vehicles.get(1).id(), Currency.RUB)).isEqualTo(10_00);
    }

    /** A fuel contract of a company in Moscow whose member (with every right, all cards) the fleet manager is. */
    private Contract ownContract(BalanceModel model) {
        long company = backOffice.call(() -> fixtures.company("Europe/Moscow"));
        backOffice.run(() -> organizations.addMember(company, "fleet"));
        return backOffice.call(() -> fixtures.activeFuelContract(company, model, Funding.PREPAID, "0"));
    }

    private void topUpLitres(Contract contract, String litres) {
        assertThat(backOffice.call(() -> payments.topUp(Fixtures.key("fixture"), new PurseRef(null, contract.number(),
                AccountPurpose.MAIN, Currency.LITRE), litres(litres), TopUpChannel.FUEL_VOUCHER, "fixture")).isApproved()).isTrue();
    }

    /** A card group of the contract holding the card; its id. */
    private long group(long contractId, String name, long cardId) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO card_group (contract_id, name, created_at) VALUES (?, ?, CURRENT_TIMESTAMP)")) {
                insert.setLong(1, contractId);
                insert.setString(2, name);
                insert.executeUpdate();
            }
            long id = Long.parseLong(query(connection, "SELECT id FROM card_group WHERE contract_id = ? AND name = '" + name + "'",
                    contractId));
            try (PreparedStatement move = connection.prepareStatement("UPDATE card SET group_id = ? WHERE id = ?")) {
                move.setLong(1, id);
                move.setLong(2, cardId);
                move.executeUpdate();
            }
            return id;
        }
    }

    private static String requestId() {
        return UUID.randomUUID().toString();
    }

    private static Amount rub(String value) {
        return Amount.parse(value, Currency.RUB);
    }

    private static Amount litres(String value) {
        return Amount.parse(value, Currency.LITRE);
    }

    /** What a purse (the contract's own when {@code cardId} is null) has available, in minor units. */
    private long available(long contractId, Long cardId, Currency currency) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT balance_minor - held_minor FROM account "
                     + "WHERE contract_id = ? AND purpose = 'MAIN' AND currency = ? AND "
                     + (cardId == null ? "card_id IS NULL" : "card_id = " + cardId))) {
            statement.setLong(1, contractId);
            statement.setString(2, currency.name());
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        }
    }

    private long entriesOf(long contractId) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return Long.parseLong(query(connection, "SELECT COUNT(*) FROM journal_entry WHERE contract_id = ?", contractId));
        }
    }

    private static String query(Connection connection, String sql, long parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private void execute(String sql, long parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, parameter);
            statement.executeUpdate();
        }
    }

    /** The refusal of the type the call was refused with, wherever the container wrapped it. */
    private static <T extends Throwable> T refusal(ThrowingCallable call, Class<T> type) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("refused with " + type.getSimpleName()).isNotNull();
        return Stream.iterate(thrown, link -> link != null, Throwable::getCause).filter(type::isInstance).map(type::cast)
                .findFirst().orElseThrow(() -> new AssertionError("expected " + type.getSimpleName() + ", got " + thrown, thrown));
    }
}
