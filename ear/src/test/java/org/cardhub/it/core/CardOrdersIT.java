package org.cardhub.it.core;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditEvent;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.cards.boundary.CardOrderQueue;
import org.cardhub.cards.boundary.CardOrders;
import org.cardhub.cards.boundary.Cards;
import org.cardhub.cards.boundary.OrderRow;
import org.cardhub.cards.boundary.OrderedCard;
import org.cardhub.cards.boundary.StockBatches;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardForm;
import org.cardhub.cards.entity.CardNumber;
import org.cardhub.cards.entity.CardOrderStatus;
import org.cardhub.cards.entity.CardRef;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.cards.entity.Delivery;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.cards.entity.InvalidCardOperationException;
import org.cardhub.cards.entity.InvalidCardOrderException;
import org.cardhub.cards.entity.InvalidStockException;
import org.cardhub.cards.entity.Vehicle;
import org.cardhub.contracts.entity.BalanceModel;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.Funding;
import org.cardhub.fleet.boundary.FleetCards;
import org.cardhub.fleet.entity.CardFilter;
import org.cardhub.it.core.CardOrderFixtures.Batch;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.organizations.boundary.Organizations;
import org.cardhub.payments.boundary.Payments;
import org.cardhub.payments.entity.Outcome;
import org.cardhub.payments.entity.Spend;
import org.cardhub.refusal.Refusal;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Card orders through the real boundaries on the real database (PostgreSQL in CI): virtual cards pay at once; plastic
 * ones are issued from a stock batch with its next numbers — never the same number twice, even when issued at once —
 * then delivered, and only then activated by the company; bad orders write nothing. Who reaches which order is in
 * {@link CardOrdersAccessIT}.
 */
@ExtendWith(ArquillianExtension.class)
class CardOrdersIT {

    private static final Vehicle KAMAZ = new Vehicle("КАМАЗ 65115", "А123ВС77", "Иванов Иван Иванович", 400_000L);
    private static final Vehicle DRIVER = new Vehicle(null, null, "Зайцева Анна Викторовна", null);

    @Deployment
    static EnterpriseArchive deployment() {
        return CoreTestDeployment.shared();
    }

    @EJB BackOffice backOffice;
    @EJB AsFleetManager fleet;
    @EJB Fixtures fixtures;
    @EJB CardOrderFixtures orderFixtures;
    @EJB Organizations organizations;
    @EJB CardOrders cardOrders;
    @EJB CardOrderQueue queue;
    @EJB StockBatches stock;
    @EJB Cards cards;
    @EJB FleetCards fleetCards;
    @EJB Payments payments;
    @EJB AuditLog audit;

    @Resource
    ManagedExecutorService executor;

    @Test
    void virtualCardsAreMadeActiveAtOnceEachForItsHolderAndPayAtOnce() throws Exception {
        Contract contract = ownContract(BalanceModel.DISTRIBUTED);

        OrderRow placed = fleet.call(() -> cardOrders.place(contract.id(), CardForm.VIRTUAL, 2, List.of(KAMAZ, DRIVER),
                Delivery.courier("ignored for virtual cards")));

        assertThat(placed.order().status()).isEqualTo(CardOrderStatus.DELIVERED);
        assertThat(placed.order().delivery().isNowhere()).isTrue();
        assertThat(placed.awaitingActivation()).isZero();
        List<OrderedCard> made = fleet.call(() -> cardOrders.cards(placed.order().id(), 0, 10));
        assertThat(made).extracting(OrderedCard::status).containsExactly(CardStatus.ACTIVE, CardStatus.ACTIVE);
        Card truck = backOffice.call(() -> cards.find(made.get(0).cardId()));
        Card driver = backOffice.call(() -> cards.find(made.get(1).cardId()));
        assertThat(truck.holderKind()).isEqualTo(HolderKind.VEHICLE);
        assertThat(truck.holderName()).isEqualTo("КАМАЗ 65115, А123ВС77");
        assertThat(truck.vehicle()).isEqualTo(KAMAZ);
        assertThat(driver.holderKind()).isEqualTo(HolderKind.DRIVER);
        assertThat(driver.holderName()).isEqualTo("Зайцева Анна Викторовна");

        Outcome toppedUp = backOffice.call(() -> fixtures.topUpCard(truck.id(), "500.00"));
        Outcome bought = buy(truck.id(), "120.00");

        assertThat(toppedUp.isApproved()).as(toppedUp.message()).isTrue();
        assertThat(bought.isApproved()).as(bought.message()).isTrue();
        assertThat(audited(placed.order().id())).contains("card_order.submitted");
    }

    @Test
    void plasticCardsAreIssuedWithTheBatchsNextNumbersDeliveredAndOnlyThenActivatedByTheCompany() throws Exception {
        Contract contract = ownContract(BalanceModel.POOLED);
        backOffice.call(() -> fixtures.topUpContract(contract.number(), "1000.00"));
        Batch batch = backOffice.call(() -> orderFixtures.freshBatch(10));
        OrderRow first = fleet.call(() -> cardOrders.place(contract.id(), CardForm.PLASTIC, 3, List.of(KAMAZ),
                Delivery.pickUp("MSK-CENTER")));
        OrderRow second = fleet.call(() -> cardOrders.place(contract.id(), CardForm.PLASTIC, 2, List.of(),
                Delivery.courier("Москва, ул. Ленина, д. 1")));
        assertThat(first.order().status()).isEqualTo(CardOrderStatus.SUBMITTED);
        assertThat(first.office().name()).isEqualTo("Москва, центральный офис");
        assertThat(fleet.call(() -> cardOrders.cards(first.order().id(), 0, 10))).extracting(OrderedCard::cardId)
                .containsOnlyNulls().hasSize(3);

        OrderRow issued = backOffice.call(() -> queue.issue(first.order().id(), batch.id()));
        backOffice.call(() -> queue.issue(second.order().id(), batch.id()));

        assertThat(issued.order().status()).isEqualTo(CardOrderStatus.ISSUED);
        assertThat(issued.order().stockBatchId()).isEqualTo(batch.id());
        assertThat(backOffice.call(() -> orderFixtures.numbersOf(first.order().id()))).isEqualTo(batch.numbers(0, 3));
        assertThat(backOffice.call(() -> orderFixtures.numbersOf(second.order().id()))).isEqualTo(batch.numbers(3, 2));
        assertThat(backOffice.call(() -> orderFixtures.remaining(batch.id()))).isEqualTo(5);
        List<OrderedCard> plastic = fleet.call(() -> cardOrders.cards(first.order().id(), 0, 10));
        assertThat(plastic).extracting(OrderedCard::status).containsOnly(CardStatus.ISSUED);
        assertThat(plastic).extracting(OrderedCard::activatable).containsOnly(false);
        long cardId = plastic.get(0).cardId();
        assertThat(backOffice.call(() -> cards.find(cardId)).vehicle()).isEqualTo(KAMAZ);
        assertThat(buy(cardId, "50.00").isApproved()).as("an issued card pays nowhere").isFalse();
        assertRefused(() -> fleet.call(() -> cardOrders.activate(cardId)), InvalidCardOrderException.Code.NOT_DELIVERED);
        assertRefused(() -> fleet.call(() -> cards.activate(cardId)), InvalidCardOperationException.Code.NOT_DELIVERED);
        assertThat(backOffice.call(() -> cards.find(cardId)).status()).isEqualTo(CardStatus.ISSUED);

        OrderRow delivered = backOffice.call(() -> queue.deliver(first.order().id()));
        assertThat(delivered.order().status()).isEqualTo(CardOrderStatus.DELIVERED);
        assertThat(delivered.awaitingActivation()).isEqualTo(3);

        Card activated = fleet.call(() -> cardOrders.activate(cardId));
        assertThat(activated.status()).isEqualTo(CardStatus.ACTIVE);
        assertThat(buy(cardId, "50.00").isApproved()).as("an activated card pays").isTrue();
        assertRefused(() -> fleet.call(() -> cardOrders.activate(cardId)), InvalidCardOperationException.Code.STATUS_TRANSITION);
        assertThat(fleet.call(() -> cardOrders.activateAll(first.order().id()))).isEqualTo(2);
        assertThat(fleet.call(() -> cardOrders.order(first.order().id())).awaitingActivation()).isZero();
        assertThat(backOffice.call(() -> fleetCards.count(contract.id(), new CardFilter(null, null, CardStatus.ACTIVE))))
                .isEqualTo(3);

        assertRefused(() -> backOffice.call(() -> queue.deliver(first.order().id())), InvalidCardOrderException.Code.STATUS_TRANSITION);
        assertRefused(() -> fleet.call(() -> cardOrders.cancel(first.order().id(), "too late")),
                InvalidCardOrderException.Code.STATUS_TRANSITION);
        assertThat(audited(first.order().id())).containsSubsequence("card_order.submitted", "card_order.issued",
                "card_order.delivered");
    }

    @Test
    void aBatchThatLacksNumbersIssuesNothingAndTheOrderWaits() throws Exception {
        Contract contract = ownContract(BalanceModel.POOLED);
        Batch small = backOffice.call(() -> orderFixtures.freshBatch(2));
        OrderRow placed = fleet.call(() -> cardOrders.place(contract.id(), CardForm.PLASTIC, 3, List.of(),
                Delivery.pickUp("VVO-1")));

        assertRefused(() -> backOffice.call(() -> queue.issue(placed.order().id(), small.id())),
                InvalidStockException.Code.NOT_ENOUGH_NUMBERS);

        assertThat(fleet.call(() -> cardOrders.order(placed.order().id())).order().status()).isEqualTo(CardOrderStatus.SUBMITTED);
        assertThat(fleet.call(() -> cardOrders.cards(placed.order().id(), 0, 10))).extracting(OrderedCard::cardId).containsOnlyNulls();
        assertThat(backOffice.call(() -> orderFixtures.remaining(small.id()))).isEqualTo(2);
        assertThat(backOffice.call(() -> fleetCards.count(contract.id(), CardFilter.NONE))).isZero();
    }

    @Test
    void badOrdersAreRefusedWithTheirReasonAndWriteNothing() throws Exception {
        Contract contract = ownContract(BalanceModel.DISTRIBUTED);
        Delivery courier = Delivery.courier("Москва, ул. Ленина, д. 1");

        assertRefused(() -> fleet.call(() -> cardOrders.place(contract.id(), CardForm.PLASTIC, 0, List.of(), courier)),
                InvalidCardOrderException.Code.COUNT_RANGE);
        assertRefused(() -> fleet.call(() -> cardOrders.place(contract.id(), CardForm.PLASTIC, 10_001, List.of(), courier)),
                InvalidCardOrderException.Code.COUNT_RANGE);
        assertRefused(() -> fleet.call(() -> cardOrders.place(contract.id(), CardForm.VIRTUAL, 10_001,
                Collections.nCopies(10_001, KAMAZ), Delivery.nowhere())), InvalidCardOrderException.Code.COUNT_RANGE);
        assertRefused(() -> fleet.call(() -> cardOrders.place(contract.id(), CardForm.VIRTUAL, 2,
                List.of(KAMAZ, new Vehicle("ГАЗель", null, null, null)), Delivery.nowhere())),
                InvalidCardOrderException.Code.HOLDER_REQUIRED);
        assertRefused(() -> fleet.call(() -> cardOrders.place(contract.id(), CardForm.VIRTUAL, 3, List.of(KAMAZ, DRIVER),
                Delivery.nowhere())), InvalidCardOrderException.Code.HOLDER_REQUIRED);
        assertRefused(() -> fleet.call(() -> cardOrders.place(contract.id(), CardForm.PLASTIC, 2, List.of(),
                Delivery.nowhere())), InvalidCardOrderException.Code.DELIVERY_REQUIRED);
        assertRefused(() -> fleet.call(() -> cardOrders.place(contract.id(), CardForm.PLASTIC, 2, List.of(),
                Delivery.pickUp("NO-SUCH-OFFICE"))), InvalidCardOrderException.Code.OFFICE_UNKNOWN);

        assertThat(fleet.call(() -> cardOrders.countOrders(contract.id()))).isZero();
        assertThat(backOffice.call(() -> fleetCards.count(contract.id(), CardFilter.NONE))).isZero();
    }

    @Test
    void concurrentIssuesFromOneBatchNeverShareANumber() throws Exception {
        Contract contract = ownContract(BalanceModel.POOLED);
        Batch batch = backOffice.call(() -> orderFixtures.freshBatch(40));
        List<Long> orders = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            orders.add(fleet.call(() -> cardOrders.place(contract.id(), CardForm.PLASTIC, 5, List.of(),
                    Delivery.pickUp("SPB-1"))).order().id());
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Future<OrderRow>> issues = new ArrayList<>();
        for (long order : orders) {
            issues.add(executor.submit(() -> {
                start.await();
                return backOffice.call(() -> queue.issue(order, batch.id()));
            }));
        }
        start.countDown();
        for (Future<OrderRow> issue : issues) {
            assertThat(issue.get(3, TimeUnit.MINUTES).order().status()).isEqualTo(CardOrderStatus.ISSUED);
        }

        List<String> numbers = new ArrayList<>();
        for (long order : orders) {
            List<String> ofOrder = backOffice.call(() -> orderFixtures.numbersOf(order));
            assertThat(ofOrder).as("an order takes consecutive numbers").hasSize(5);
            assertThat(batch.numbers(0, 40)).containsSequence(ofOrder);
            numbers.addAll(ofOrder);
        }
        assertThat(numbers).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(batch.numbers(0, 40));
        assertThat(new HashSet<>(numbers)).hasSize(40);
        assertThat(backOffice.call(() -> orderFixtures.remaining(batch.id()))).isZero();
        long another = fleet.call(() -> cardOrders.place(contract.id(), CardForm.PLASTIC, 1, List.of(),
                Delivery.pickUp("SPB-1"))).order().id();
        assertRefused(() -> backOffice.call(() -> queue.issue(another, batch.id())), InvalidStockException.Code.NOT_ENOUGH_NUMBERS);
    }

    @Test
    void aBatchIsCheckedAndNeverOverlapsAnother() {
        Batch batch = backOffice.call(() -> orderFixtures.freshBatch(10));
        String luhnBroken = batch.number(20).substring(0, 15) + (char) ('0' + (batch.number(20).charAt(15) - '0' + 1) % 10);

        assertRefused(() -> backOffice.call(() -> stock.add(batch.number(5), batch.number(30), LocalDate.of(2026, 1, 10))),
                InvalidStockException.Code.RANGE_OVERLAP);
        assertRefused(() -> backOffice.call(() -> stock.add(luhnBroken, batch.number(30), LocalDate.of(2026, 1, 10))),
                InvalidStockException.Code.NUMBER_CHECKSUM);
        assertRefused(() -> backOffice.call(() -> stock.add("7005990000000010", "7005990000000028", LocalDate.of(2026, 1, 10))),
                InvalidStockException.Code.RANGE_OUTSIDE_STOCK);
        assertRefused(() -> backOffice.call(() -> stock.add(CardNumber.generate("411111", 600_000_000L).digits(),
                CardNumber.generate("411111", 600_000_009L).digits(), LocalDate.of(2026, 1, 10))), InvalidStockException.Code.BIN_UNKNOWN);
        assertThat(catchThrowable(() -> fleet.call(() -> stock.add(batch.number(20), batch.number(30),
                LocalDate.of(2026, 1, 10))))).isInstanceOf(EJBAccessException.class);
    }

    private Outcome buy(long cardId, String roubles) {
        return payments.purchase(Fixtures.key("terminal:card-orders"), new Spend(CardRef.id(cardId),
                Amount.parse(roubles, Currency.RUB), Amount.parse("1.000", Currency.LITRE), "AI-95", "FUEL", "AZS-17",
                "RU-MOW", Instant.now()), "card-orders");
    }

    private List<String> audited(long orderId) {
        return backOffice.call(() -> audit.of(AuditSubject.CARD_ORDER, orderId)).stream().map(AuditEvent::action).toList();
    }

    /** A fuel contract of a new company whose administrator the fleet manager is. */
    private Contract ownContract(BalanceModel model) {
        long company = backOffice.call(() -> fixtures.company("Europe/Moscow"));
        backOffice.run(() -> organizations.addMember(company, "fleet"));
        return backOffice.call(() -> fixtures.activeFuelContract(company, model, Funding.PREPAID, "0"));
    }

    static void assertRefused(ThrowingCallable action, Enum<?> code) {
        Throwable thrown = catchThrowable(action);
        assertThat(thrown).as("refused with " + code).isNotNull();
        assertThat(Stream.iterate(thrown, link -> link != null, Throwable::getCause))
                .anySatisfy(cause -> assertThat(cause).isInstanceOfSatisfying(Refusal.class,
                        refusal -> assertThat(refusal.code()).isEqualTo(code)));
    }
}
