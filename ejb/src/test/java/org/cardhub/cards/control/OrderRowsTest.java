package org.cardhub.cards.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import org.cardhub.cards.boundary.OrderRow;
import org.cardhub.cards.boundary.OrderedCard;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardForm;
import org.cardhub.cards.entity.CardNumber;
import org.cardhub.cards.entity.CardOrder;
import org.cardhub.cards.entity.CardOrderLine;
import org.cardhub.cards.entity.CardOrderStatus;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.cards.entity.CardStock;
import org.cardhub.cards.entity.Delivery;
import org.cardhub.cards.entity.DeliveryMethod;
import org.cardhub.cards.entity.InvalidCardOrderException;
import org.cardhub.cards.entity.NumberRange;
import org.cardhub.cards.entity.StockBatch;
import org.cardhub.cards.entity.Vehicle;
import org.cardhub.testing.MigratedDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.cardhub.refusal.RefusalAssertions.assertRefused;

/**
 * Card orders, their lines and the stock on the real schema and mapping (V18, H2 in its PostgreSQL mode): what the
 * pages of both sides read, the checks the database keeps, and the locks the issue takes.
 */
class OrderRowsTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final UnaryOperator<String> SEAL = digits -> "sealed:" + digits;
    private static final Vehicle KAMAZ = new Vehicle("КАМАЗ 65115", "А123ВС77", "Иванов И. И.", 400_000L);

    private MigratedDatabase database;

    @BeforeEach
    void aCompanyWithAFuelContract() {
        database = new MigratedDatabase();
        database.inTransaction(em -> {
            update(em, "INSERT INTO organization (id, form, name, inn, time_zone, created_at) VALUES (5, 'LEGAL_ENTITY', "
                    + "'ООО «Тест»', '7707083893', 'Europe/Moscow', CURRENT_TIMESTAMP)");
            update(em, "INSERT INTO contract (id, number, kind, organization_id, status, balance_model, funding, time_zone, "
                    + "created_at) VALUES (700, 'F-07000000', 'FUEL', 5, 'ACTIVE', 'POOLED', 'PREPAID', 'Europe/Moscow', "
                    + "CURRENT_TIMESTAMP)");
            return null;
        });
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aPlasticOrderReadsBackWithItsLinesDeliveryOfficeContractAndCompany() {
        long id = database.inTransaction(em -> {
            CardOrder order = CardOrder.place(700, CardForm.PLASTIC, 3, List.of(KAMAZ), Delivery.pickUp("VVO-1"), "fleet", NOW);
            em.persist(order);
            em.flush();
            order.lines(List.of(KAMAZ)).forEach(em::persist);
            return order.id();
        });

        List<OrderRow> rows = database.inTransaction(em -> rows(em).rowsOf(List.of(em.find(CardOrder.class, id))));

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.contractNumber()).isEqualTo("F-07000000");
            assertThat(row.companyName()).isEqualTo("ООО «Тест»");
            assertThat(row.office().name()).isEqualTo("Владивосток");
            assertThat(row.order().delivery().method()).isEqualTo(DeliveryMethod.PICKUP);
            assertThat(row.order().status()).isEqualTo(CardOrderStatus.SUBMITTED);
            assertThat(row.awaitingActivation()).isZero();
        });
        List<OrderedCard> cards = database.inTransaction(em -> rows(em).cardsOf(em.find(CardOrder.class, id), 1, 10));
        assertThat(cards).extracting(card -> card.line().number(), OrderedCard::cardId).containsExactly(
                tuple(2, null), tuple(3, null));
        assertThat(database.inTransaction(em -> rows(em).linesOf(id)).get(0).vehicle()).isEqualTo(KAMAZ);
    }

    @Test
    void issuedCardsAwaitActivationUntilTheOrderIsDeliveredAndAreFoundByTheirLine() {
        long batchId = database.inTransaction(em -> batch(em, 600_000_000L, 600_000_009L).id());
        long orderId = database.inTransaction(em -> {
            CardOrder order = CardOrder.place(700, CardForm.PLASTIC, 2, List.of(), Delivery.courier("Москва"), "fleet", NOW);
            em.persist(order);
            em.flush();
            List<CardOrderLine> lines = order.lines(List.of());
            lines.forEach(em::persist);
            StockBatch batch = em.find(StockBatch.class, batchId, LockModeType.PESSIMISTIC_WRITE);
            order.issue(batchId, "backoffice", NOW);
            int first = batch.take(2);
            NumberRange range = batch.range(sealed -> sealed.substring("sealed:".length()));
            for (CardOrderLine line : lines) {
                Card card = card(range.number(first + line.number() - 1));
                em.persist(card);
                em.flush();
                card.issueForDelivery();
                line.madeInto(card);
            }
            return order.id();
        });

        OrderRow issued = database.inTransaction(em -> rows(em).rowOf(em.find(CardOrder.class, orderId)));
        List<Card> cards = database.inTransaction(em -> rows(em).cardsOf(orderId, CardStatus.ISSUED));
        List<OrderedCard> listed = database.inTransaction(em -> rows(em).cardsOf(em.find(CardOrder.class, orderId), 0, 10));

        assertThat(issued.awaitingActivation()).isEqualTo(2);
        assertThat(issued.order().stockBatchId()).isEqualTo(batchId);
        assertThat(cards).extracting(Card::panMasked).containsExactly(CardNumber.generate("700599", 600_000_000L).masked(),
                CardNumber.generate("700599", 600_000_001L).masked());
        assertThat(cards).allMatch(Card::isAwaitingDelivery);
        assertThat(listed).extracting(OrderedCard::activatable).containsExactly(false, false);
        CardOrderLine second = database.inTransaction(em -> rows(em).lineOfCard(cards.get(1).id()).orElseThrow());
        int remaining = database.inTransaction(em -> em.find(StockBatch.class, batchId).remaining());
        assertThat(second.number()).isEqualTo(2);
        assertThat(remaining).isEqualTo(8);

        database.inTransaction(em -> {
            em.find(CardOrder.class, orderId).deliver("backoffice", NOW);
            rows(em).cardsOf(orderId, null).forEach(Card::delivered);
            return null;
        });

        List<OrderedCard> delivered = database.inTransaction(em -> rows(em).cardsOf(em.find(CardOrder.class, orderId), 0, 10));
        assertThat(delivered).extracting(OrderedCard::activatable).containsExactly(true, true);
    }

    @Test
    void aVirtualOrderKeepsNoDeliveryAndTheDatabaseRefusesOneWithAnAddress() {
        long id = database.inTransaction(em -> {
            CardOrder order = CardOrder.place(700, CardForm.VIRTUAL, 1, List.of(KAMAZ), Delivery.nowhere(), "fleet", NOW);
            em.persist(order);
            em.flush();
            return order.id();
        });

        boolean nowhere = database.inTransaction(em -> em.find(CardOrder.class, id).delivery().isNowhere());
        assertThat(nowhere).isTrue();
        assertThatThrownBy(() -> database.inTransaction(em -> update(em, "UPDATE card_order SET delivery_address = 'x' "
                + "WHERE id = " + id))).isInstanceOf(PersistenceException.class);
        assertThatThrownBy(() -> database.inTransaction(em -> update(em, "UPDATE card_order SET card_count = 10001 "
                + "WHERE id = " + id))).isInstanceOf(PersistenceException.class);
    }

    @Test
    void onlyOpenOfficesAreOfferedAndAnUnknownOneIsRefused() {
        database.inTransaction(em -> update(em, "UPDATE service_office SET active = FALSE WHERE code = 'EKB-1'"));

        List<String> offered = database.inTransaction(em -> rows(em).openOffices().stream().map(office -> office.code()).toList());

        assertThat(offered).contains("MSK-CENTER", "VVO-1").doesNotContain("EKB-1");
        assertRefused(() -> database.inTransaction(em -> rows(em).openOffice("EKB-1")), InvalidCardOrderException.Code.OFFICE_UNKNOWN);
        assertRefused(() -> database.inTransaction(em -> rows(em).openOffice("NOWHERE")), InvalidCardOrderException.Code.OFFICE_UNKNOWN);
    }

    @Test
    void theStockOfTheOperatorsBinIsThereAndABatchUsesNoMoreThanItHolds() {
        String stock = database.inTransaction(em -> em.find(CardStock.class, "700599", LockModeType.PESSIMISTIC_WRITE).name());
        assertThat(stock).isEqualTo("Cardhub");
        long id = database.inTransaction(em -> batch(em, 600_000_100L, 600_000_101L).id());

        assertThatThrownBy(() -> database.inTransaction(em -> update(em, "UPDATE card_stock_batch SET used_count = 3 "
                + "WHERE id = " + id))).isInstanceOf(PersistenceException.class);
        List<StockBatch> usable = database.inTransaction(em -> em.createQuery("SELECT b FROM StockBatch b "
                + "WHERE b.cardCount - b.usedCount >= :needed", StockBatch.class).setParameter("needed", 2).getResultList());
        assertThat(usable).hasSize(1);
    }

    @Test
    void generatedNumbersStayBelowTheStock() {
        Object maximum = database.inTransaction(em -> em.createNativeQuery(
                "SELECT maximum_value FROM information_schema.sequences WHERE sequence_name = 'card_number_seq'").getSingleResult());

        assertThat(Long.parseLong(maximum.toString())).isEqualTo(NumberRange.STOCK_FLOOR - 1);
    }

    private static OrderRows rows(EntityManager em) {
        OrderRows rows = new OrderRows();
        rows.em = em;
        return rows;
    }

    private static StockBatch batch(EntityManager em, long first, long last) {
        StockBatch batch = new StockBatch(new NumberRange("700599", first, last), SEAL, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 2), "backoffice", NOW);
        em.persist(batch);
        em.flush();
        return batch;
    }

    private static Card card(CardNumber pan) {
        return new Card(700, pan, "h".repeat(48) + pan.digits(), "sealed", CardForm.PLASTIC,
                new Card.Holder(org.cardhub.cards.entity.HolderKind.VEHICLE, "", null), LocalDate.of(2031, 3, 2), NOW);
    }

    private static int update(EntityManager em, String sql) {
        return em.createNativeQuery(sql).executeUpdate();
    }
}
