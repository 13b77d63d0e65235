package org.cardhub.payments.control;

import org.cardhub.testing.NoTransaction;
import jakarta.ejb.SessionContext;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.callers.ObjectAccess;
import org.cardhub.cards.boundary.CardDirectory;
import org.cardhub.cards.entity.CardRef;
import org.cardhub.ledger.boundary.Ledger;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.payments.entity.DeclineCode;
import org.cardhub.payments.entity.OperationKey;
import org.cardhub.payments.entity.Outcome;
import org.cardhub.payments.entity.PupilPurchasePosted;
import org.cardhub.payments.entity.PurseRef;
import org.cardhub.payments.entity.Reservation;
import org.cardhub.payments.entity.Spend;
import org.cardhub.schema.entity.SequenceKeys;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reservations and sponsored purchases on the real schema and mapping (H2 in its PostgreSQL mode, the operations wired
 * by hand as the container would): money held on exactly the canteen purse, a replaced reservation released in the same
 * transaction and counted when judging funds, a refusal for funds that holds nothing, a settlement booked as a purchase
 * dish by dish with the rest released, and a free meal paid from the school's own canteen account, its refusal for funds
 * not kept so it may be asked again.
 */
class ReservationsOnTheSchemaTest {

    private static final Instant LUNCH = Instant.parse("2030-12-09T02:00:00Z");
    private static final Instant EXPIRY = LUNCH.plusSeconds(36 * 3600);

    private EntityManagerFactory factory;
    private final List<PupilPurchasePosted> told = new ArrayList<>();

    @BeforeEach
    void aPupilWithThreeHundredRoublesOnTheCanteenPurseAndAMealBudget() {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").javaMigrations(new SequenceKeys())
                .load().migrate();
        factory = Persistence.createEntityManagerFactory("cardhub", Map.of("jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "", "jakarta.persistence.jdbc.driver", "org.h2.Driver",
                "jakarta.persistence.jdbc.url", url, "jakarta.persistence.jdbc.user", "sa", "jakarta.persistence.jdbc.password", "",
                "eclipselink.logging.level", "WARNING"));
        inTransaction(em -> {
            sql(em, "INSERT INTO organization (id, form, name, inn, time_zone, created_at) VALUES (7, 'LEGAL_ENTITY', 'Школа', "
                    + "'2520123450', 'Asia/Vladivostok', CURRENT_TIMESTAMP)");
            sql(em, "INSERT INTO contract (id, number, kind, organization_id, status, balance_model, funding, time_zone, created_at) "
                    + "VALUES (70, 'S-07000000', 'SCHOOL', 7, 'ACTIVE', 'DISTRIBUTED', 'PREPAID', 'Asia/Vladivostok', CURRENT_TIMESTAMP)");
            sql(em, "INSERT INTO card (id, contract_id, pan_hash, pan_sealed, pan_masked, form, holder_kind, holder_name, status, "
                    + "expires_on, created_at) VALUES (700, 70, '" + "a".repeat(64) + "', 'sealed', '700599******0069', 'PLASTIC', "
                    + "'PUPIL', 'Петров Иван', 'ACTIVE', DATE '2031-11-30', CURRENT_TIMESTAMP)");
            sql(em, "INSERT INTO account (contract_id, card_id, purpose, currency, balance_minor) VALUES "
                    + "(70, 700, 'MAIN', 'RUB', 100000), (70, 700, 'CANTEEN', 'RUB', 30000), (70, NULL, 'CANTEEN', 'RUB', 10000)");
            return null;
        });
    }

    @AfterEach
    void close() {
        factory.close();
    }

    @Test
    void aReservationHoldsOnTheCanteenPurseOnlyAndAChangeReleasesTheOneItReplaces() {
        Outcome first = inTransaction(em -> reservations(em).reserve(key("first"), reservation("185.00", null), "ui:parent"));
        assertThat(first.isApproved()).as(first.message()).isTrue();
        assertThat(available("CANTEEN")).isEqualTo(rub("115.00"));

        Outcome changed = inTransaction(em -> reservations(em).reserve(key("second"), reservation("290.00", key("first")), "ui:parent"));
        assertThat(changed.isApproved()).as("the 185 held are counted as free: %s", changed.message()).isTrue();
        assertThat(available("CANTEEN")).isEqualTo(rub("10.00"));
        assertThat(openHolds()).containsExactly(29000L);

        Outcome tooMuch = inTransaction(em -> reservations(em).reserve(key("third"), reservation("301.00", key("second")), "ui:parent"));
        assertThat(tooMuch.reason()).isEqualTo(DeclineCode.INSUFFICIENT_FUNDS);
        assertThat(openHolds()).as("the replaced one still held").containsExactly(29000L);
        assertThat(available("MAIN")).as("the general purse is never drawn on").isEqualTo(rub("1000.00"));
        assertThat(available("CANTEEN")).isEqualTo(rub("10.00"));
    }

    @Test
    void aSettlementIsAPurchaseOfTheDishesBookedNowAndTheParentsAreTold() {
        inTransaction(em -> reservations(em).reserve(key("lunch"), reservation("105.00", null), "ui:parent"));
        List<Spend.Item> dishes = List.of(new Spend.Item("Суп куриный с лапшой", "HOT_MEAL", 1, rub("55.00")),
                new Spend.Item("Компот", "DRINK", 2, rub("25.00")));

        Outcome served = inTransaction(em -> reservations(em).settle(key("serve"), key("lunch"), dishes, "Обед по предзаказу", "system:meals"));
        Outcome again = inTransaction(em -> reservations(em).settle(key("serve"), key("lunch"), dishes, "Обед по предзаказу", "system:meals"));

        assertThat(served.isApproved()).as(served.message()).isTrue();
        assertThat(again.entryId()).isEqualTo(served.entryId());
        assertThat(available("CANTEEN")).isEqualTo(rub("195.00"));
        assertThat(openHolds()).isEmpty();
        assertThat(rows("SELECT e.kind || ' ' || e.amount_minor || ' ' || e.category FROM journal_entry e")).containsExactly("PURCHASE 10500 MEAL");
        assertThat(rows("SELECT name || ' x' || quantity FROM purchase_item ORDER BY line_no"))
                .containsExactly("Суп куриный с лапшой x1", "Компот x2");
        assertThat(told).singleElement().satisfies(notice -> assertThat(notice.body()).contains("Компот × 2"));
    }

    @Test
    void aFreeMealIsPaidFromTheSchoolsCanteenAccountAndARefusalForFundsIsNotKept() {
        List<Spend.Item> complex = List.of(new Spend.Item("Суп", "HOT_MEAL", 1, rub("55.00")), new Spend.Item("Компот", "DRINK", 1, rub("25.00")));
        PurseRef budget = new PurseRef(null, "S-07000000", AccountPurpose.CANTEEN, Currency.RUB);
        inTransaction(em -> sql(em, "UPDATE account SET balance_minor = 5000 WHERE card_id IS NULL AND purpose = 'CANTEEN'"));

        Outcome short1 = inTransaction(em -> sponsored(em).purchase(key("free"), budget, CardRef.id(700), complex, "FREE_MEAL",
                "Бесплатное питание (льгота: многодетная семья)", "system:meals"));
        assertThat(short1.reason()).isEqualTo(DeclineCode.INSUFFICIENT_FUNDS);
        assertThat(rows("SELECT COUNT(*) FROM journal_entry")).containsExactly("0");

        inTransaction(em -> sql(em, "UPDATE account SET balance_minor = 10000 WHERE card_id IS NULL AND purpose = 'CANTEEN'"));
        Outcome paid = inTransaction(em -> sponsored(em).purchase(key("free"), budget, CardRef.id(700), complex, "FREE_MEAL",
                "Бесплатное питание (льгота: многодетная семья)", "system:meals"));
        Outcome twice = inTransaction(em -> sponsored(em).purchase(key("free"), budget, CardRef.id(700), complex, "FREE_MEAL",
                "Бесплатное питание (льгота: многодетная семья)", "system:meals"));

        assertThat(paid.isApproved()).as(paid.message()).isTrue();
        assertThat(twice.entryId()).isEqualTo(paid.entryId());
        assertThat(rows("SELECT balance_minor FROM account WHERE card_id IS NULL AND purpose = 'CANTEEN'")).containsExactly("2000");
        assertThat(available("CANTEEN")).as("the pupil's own money untouched").isEqualTo(rub("300.00"));
        assertThat(rows("SELECT e.kind || ' ' || e.card_id || ' ' || e.category || ' ' || e.description FROM journal_entry e"))
                .containsExactly("PURCHASE 700 FREE_MEAL Бесплатное питание (льгота: многодетная семья)");
    }

    private Reservations reservations(EntityManager em) {
        Reservations reservations = new Reservations();
        reservations.em = em;
        reservations.ledger = ledger(em);
        reservations.audit = audit(em);
        reservations.cards = cards(em);
        reservations.records = records(em);
        reservations.purses = purses(em);
        reservations.pupilPurchases = proxy(Event.class, arguments -> {
            told.add((PupilPurchasePosted) arguments[0]);
            return null;
        });
        return reservations;
    }

    private SponsoredPurchases sponsored(EntityManager em) {
        SponsoredPurchases sponsored = new SponsoredPurchases();
        sponsored.em = em;
        sponsored.ledger = ledger(em);
        sponsored.audit = audit(em);
        sponsored.cards = cards(em);
        sponsored.records = records(em);
        sponsored.purses = purses(em);
        return sponsored;
    }

    private static Purses purses(EntityManager em) {
        Purses purses = new Purses();
        purses.em = em;
        purses.ledger = ledger(em);
        purses.cards = cards(em);
        purses.access = proxy(ObjectAccess.class, arguments -> null);
        return purses;
    }

    private static OperationRecords records(EntityManager em) {
        OperationRecords records = NoTransaction.wire(new OperationRecords());
        records.em = em;
        return records;
    }

    private static Ledger ledger(EntityManager em) {
        return with(with(with(NoTransaction.wire(new Ledger()), "em", em), "cardPurses", proxy(Event.class, arguments -> null)), "bookings", proxy(Event.class, arguments -> null));
    }

    private static CardDirectory cards(EntityManager em) {
        return with(NoTransaction.wire(new CardDirectory()), "em", em);
    }

    private static AuditLog audit(EntityManager em) {
        AuditLog audit = with(new AuditLog(), "em", em);
        Principal parent = () -> "parent";
        return with(audit, "session", proxy(SessionContext.class, arguments -> parent));
    }

    private static Reservation reservation(String amount, OperationKey replaces) {
        return new Reservation(CardRef.id(700), AccountPurpose.CANTEEN, rub(amount), "MEAL", LUNCH, EXPIRY, replaces);
    }

    private Amount available(String purpose) {
        return Amount.ofMinorUnits(Long.parseLong(rows("SELECT balance_minor - held_minor FROM account WHERE card_id = 700 "
                + "AND purpose = '" + purpose + "'").get(0)), Currency.RUB);
    }

    private List<Long> openHolds() {
        return rows("SELECT amount_minor FROM hold WHERE status = 'OPEN'").stream().map(Long::valueOf).toList();
    }

    private List<String> rows(String query) {
        return inTransaction(em -> {
            List<String> found = new ArrayList<>();
            for (Object row : em.createNativeQuery(query).getResultList()) {
                found.add(String.valueOf(row));
            }
            return found;
        });
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private static Object sql(EntityManager em, String statement) {
        return em.createNativeQuery(statement).executeUpdate();
    }

    private static OperationKey key(String name) {
        return new OperationKey("test", name);
    }

    private static Amount rub(String amount) {
        return Amount.parse(amount, Currency.RUB);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Function<Object[], Object> answer) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, (self, method, arguments) ->
                switch (method.getName()) {
                    case "hashCode" -> System.identityHashCode(self);
                    case "equals" -> self == arguments[0];
                    case "toString" -> type.getSimpleName();
                    default -> answer.apply(arguments);
                });
    }

    private static <T> T with(T bean, String field, Object value) {
        try {
            Field declared = bean.getClass().getDeclaredField(field);
            declared.setAccessible(true);
            declared.set(bean, value);
            return bean;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
