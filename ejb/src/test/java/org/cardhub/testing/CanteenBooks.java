package org.cardhub.testing;

import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.cardhub.ledger.boundary.Ledger;
import org.cardhub.ledger.entity.Account;
import org.cardhub.ledger.entity.EntryKind;
import org.cardhub.ledger.entity.JournalEntry;
import org.cardhub.ledger.entity.OperationFacts;
import org.cardhub.ledger.entity.Posting;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.payments.entity.PurchaseItem;
import org.cardhub.payments.entity.Spend;
import org.cardhub.schema.entity.SequenceKeys;
import org.flywaydb.core.Flyway;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * A school's canteen books on the migrated schema (H2 in its PostgreSQL mode): Школа № 7 (organisation 7, Vladivostok)
 * with school contract 70, classes 5А (50) and 11Б (51), a paying pupil in 5А (card 700), a free-meal beneficiary in 5А
 * (701), a member of staff's card (702, a person's, in no class), a pupil of 11Б (703); its meal budget (the contract's
 * own canteen account); its canteen supplier, organisation 8 with contract 80 (commission given), since a day given;
 * another school (9, contract 90, card 900). Sales are booked through the ledger's own entries, as the money operations
 * book them: from the card's purse (or the budget, for a free meal) to the merchants' account, with their dishes.
 */
public final class CanteenBooks implements AutoCloseable {

    public static final ZoneId ZONE = ZoneId.of("Asia/Vladivostok");
    public static final long SCHOOL = 7;
    public static final long SCHOOL_CONTRACT = 70;
    public static final long PUPIL = 700;
    public static final long BENEFICIARY = 701;
    public static final long STAFF = 702;
    public static final long PUPIL_11B = 703;
    public static final long SUPPLIER = 8;
    public static final long SUPPLIER_CONTRACT = 80;
    public static final long SUPPLIER_ACCOUNT = 880;
    public static final long OTHER_CONTRACT = 90;
    public static final long OTHER_PUPIL = 900;
    private static final long BUDGET = 790;

    private final EntityManagerFactory factory;

    public CanteenBooks(int commissionBp, LocalDate since) {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").javaMigrations(new SequenceKeys())
                .load().migrate();
        factory = Persistence.createEntityManagerFactory("cardhub", Map.of("jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "", "jakarta.persistence.jdbc.driver", "org.h2.Driver",
                "jakarta.persistence.jdbc.url", url, "jakarta.persistence.jdbc.user", "sa", "jakarta.persistence.jdbc.password", "",
                "eclipselink.logging.level", "WARNING"));
        inTransaction(em -> {
            organization(em, SCHOOL, "Школа № 7", "2520123450");
            organization(em, SUPPLIER, "ООО «Столовая»", "2520123468");
            organization(em, 9, "Лицей № 3", "7701234567");
            contract(em, SCHOOL_CONTRACT, "S-00000070", "SCHOOL", SCHOOL);
            contract(em, SUPPLIER_CONTRACT, "F-00000080", "FUEL", SUPPLIER);
            contract(em, OTHER_CONTRACT, "S-00000090", "SCHOOL", 9);
            sql(em, "INSERT INTO school_class (id, organization_id, grade, letter, name) VALUES (50, 7, 5, 'А', '5А'), "
                    + "(51, 7, 11, 'Б', '11Б')");
            card(em, PUPIL, SCHOOL_CONTRACT, "PUPIL", "Петров Иван", 50L);
            card(em, BENEFICIARY, SCHOOL_CONTRACT, "PUPIL", "Сидорова Анна", 50L);
            card(em, STAFF, SCHOOL_CONTRACT, "PERSON", "Иванова Мария Петровна", null);
            card(em, PUPIL_11B, SCHOOL_CONTRACT, "PUPIL", "Кузнецов Олег", 51L);
            card(em, OTHER_PUPIL, OTHER_CONTRACT, "PUPIL", "Чужой Ученик", null);
            for (long card : List.of(PUPIL, BENEFICIARY, STAFF, PUPIL_11B)) {
                sql(em, "INSERT INTO account (id, contract_id, card_id, purpose, currency, balance_minor) VALUES (" + card + ", 70, "
                        + card + ", 'CANTEEN', 'RUB', 1000000)");
            }
            sql(em, "INSERT INTO account (id, contract_id, card_id, purpose, currency, balance_minor) VALUES "
                    + "(900, 90, 900, 'CANTEEN', 'RUB', 1000000), (790, 70, NULL, 'CANTEEN', 'RUB', 1000000), "
                    + "(880, 80, NULL, 'MAIN', 'RUB', 0)");
            sql(em, "INSERT INTO meal_benefit (card_id, kind_code, valid_from, granted_by, granted_at) VALUES (701, 'LARGE_FAMILY', "
                    + "DATE '2020-01-01', 'test', CURRENT_TIMESTAMP)");
            sql(em, "INSERT INTO canteen_supplier (school_id, supplier_id, contract_id, commission_bp, since) VALUES (7, 8, 80, "
                    + commissionBp + ", DATE '" + since + "')");
            return null;
        });
    }

    /** A moment of a day in the school's zone. */
    public static Instant at(LocalDate day, int hour, int minute) {
        return LocalDateTime.of(day, java.time.LocalTime.of(hour, minute)).atZone(ZONE).toInstant();
    }

    /** A purchase of the card's from its canteen purse; its dishes, when given, are what was bought. */
    public long sale(long cardId, String category, Instant at, String amount, Spend.Item... dishes) {
        return inTransaction(em -> {
            long contract = cardId == OTHER_PUPIL ? OTHER_CONTRACT : SCHOOL_CONTRACT;
            long entryId = book(em, new JournalEntry(EntryKind.PURCHASE, at, new OperationFacts(cardId, contract, null, category,
                    null, null, rub(amount).minorUnits(), 0), "Purchase", "terminal:CANTEEN-0001")
                    .move(em.find(Account.class, cardId), merchants(em), rub(amount)));
            for (int line = 0; line < dishes.length; line++) {
                em.persist(new PurchaseItem(entryId, line + 1, dishes[line]));
            }
            return entryId;
        });
    }

    /** A beneficiary's free meal, paid from the school's budget, with its row as the meals component writes it. */
    public long freeMeal(long cardId, Instant at, String amount, Spend.Item... dishes) {
        long entryId = inTransaction(em -> {
            long id = book(em, new JournalEntry(EntryKind.PURCHASE, at, new OperationFacts(cardId, SCHOOL_CONTRACT, null,
                    "FREE_MEAL", null, null, rub(amount).minorUnits(), 0), "Бесплатное питание", "system:meals")
                    .move(em.find(Account.class, BUDGET), merchants(em), rub(amount)));
            for (int line = 0; line < dishes.length; line++) {
                em.persist(new PurchaseItem(id, line + 1, dishes[line]));
            }
            return id;
        });
        inTransaction(em -> sql(em, "INSERT INTO free_meal (card_id, meal_date, kind_code, amount_minor, entry_id, posted_at) "
                + "VALUES (" + cardId + ", DATE '" + LocalDate.ofInstant(at, ZONE) + "', 'LARGE_FAMILY', " + rub(amount).minorUnits()
                + ", " + entryId + ", CURRENT_TIMESTAMP)"));
        return entryId;
    }

    /** Something else booked on the school contract to the merchants' account (a fare), which the canteen did not sell. */
    public long fare(long cardId, Instant at, String amount) {
        return inTransaction(em -> book(em, new JournalEntry(EntryKind.PURCHASE, at, new OperationFacts(cardId, SCHOOL_CONTRACT,
                null, "TRANSPORT", null, null, rub(amount).minorUnits(), 0), "Fare", "terminal:BUS-1")
                .move(em.find(Account.class, cardId), merchants(em), rub(amount))));
    }

    /** The entry taken back at {@code at}, every posting reversed, as the reversals book it. */
    public long reversal(long entryId, Instant at) {
        return inTransaction(em -> {
            JournalEntry original = em.find(JournalEntry.class, entryId);
            JournalEntry reversal = new JournalEntry(EntryKind.REVERSAL, at, new OperationFacts(original.cardId(),
                    original.contractId(), original.productCode(), original.category(), null, null, original.amountMinor(),
                    original.volumeMilli()), "Reversal", "terminal:CANTEEN-0001");
            for (Posting posting : original.postings()) {
                reversal.post(em.find(Account.class, posting.accountId()), posting.amount().negate());
            }
            reversal.marksReversalOf(original);
            return book(em, reversal);
        });
    }

    /** What the school contract's entries of the canteen's categories posted to the merchants' account in [from, to). */
    public long merchantsPosted(Instant from, Instant to) {
        return Long.parseLong(rows("SELECT COALESCE(SUM(p.amount_minor), 0) FROM posting p JOIN journal_entry e ON e.id = p.entry_id "
                + "JOIN account a ON a.id = p.account_id WHERE a.system_code = 'MERCHANT_PAYABLE' AND e.contract_id = 70 "
                + "AND e.category IN ('HOT_MEAL', 'MEAL', 'BUFFET', 'DRINK', 'SWEETS', 'FREE_MEAL') AND e.booked_at >= " + timestamp(from) + " AND e.booked_at < " + timestamp(to)).get(0));
    }

    private static String timestamp(Instant at) {
        return "TIMESTAMP WITH TIME ZONE '" + at.toString().replace('T', ' ').replace("Z", "+00") + "'";
    }

    public List<String> rows(String query) {
        return inTransaction(em -> {
            List<String> found = new ArrayList<>();
            for (Object row : em.createNativeQuery(query).getResultList()) {
                found.add(row instanceof Object[] columns ? String.join(" ", java.util.Arrays.stream(columns)
                        .map(String::valueOf).toList()) : String.valueOf(row));
            }
            return found;
        });
    }

    public <T> T inTransaction(Function<EntityManager, T> work) {
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

    /** The ledger as the container would give it, on this entity manager. */
    public static Ledger ledger(EntityManager em) {
        return with(with(with(NoTransaction.wire(new Ledger()), "em", em), "cardPurses", proxy(Event.class, arguments -> null)), "bookings", proxy(Event.class, arguments -> null));
    }

    public static Object sql(EntityManager em, String statement) {
        return em.createNativeQuery(statement).executeUpdate();
    }

    public static Amount rub(String amount) {
        return Amount.parse(amount, Currency.RUB);
    }

    public static Spend.Item dish(String name, String category, int quantity, String price) {
        return new Spend.Item(name, category, quantity, rub(price));
    }

    @SuppressWarnings("unchecked")
    public static <T> T proxy(Class<T> type, Function<Object[], Object> answer) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, (self, method, arguments) ->
                switch (method.getName()) {
                    case "hashCode" -> System.identityHashCode(self);
                    case "equals" -> self == arguments[0];
                    case "toString" -> type.getSimpleName();
                    default -> answer.apply(arguments);
                });
    }

    public static <T> T with(T target, String field, Object value) {
        try {
            Field declared = target.getClass().getDeclaredField(field);
            declared.setAccessible(true);
            declared.set(target, value);
            return target;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        factory.close();
    }

    private static long book(EntityManager em, JournalEntry entry) {
        return ledger(em).book(entry, contract -> ZONE).id();
    }

    private static Account merchants(EntityManager em) {
        return em.createQuery("SELECT a FROM Account a WHERE a.systemCode = 'MERCHANT_PAYABLE'", Account.class).getSingleResult();
    }

    private static void organization(EntityManager em, long id, String name, String inn) {
        sql(em, "INSERT INTO organization (id, form, name, inn, time_zone, created_at) VALUES (" + id + ", 'LEGAL_ENTITY', '"
                + name + "', '" + inn + "', 'Asia/Vladivostok', CURRENT_TIMESTAMP)");
    }

    private static void contract(EntityManager em, long id, String number, String kind, long organization) {
        sql(em, "INSERT INTO contract (id, number, kind, organization_id, status, balance_model, funding, time_zone, created_at) "
                + "VALUES (" + id + ", '" + number + "', '" + kind + "', " + organization + ", 'ACTIVE', 'POOLED', 'PREPAID', "
                + "'Asia/Vladivostok', CURRENT_TIMESTAMP)");
    }

    private static void card(EntityManager em, long id, long contract, String holderKind, String name, Long classId) {
        sql(em, "INSERT INTO card (id, contract_id, pan_hash, pan_sealed, pan_masked, form, holder_kind, holder_name, status, "
                + "expires_on, created_at, class_id) VALUES (" + id + ", " + contract + ", '" + "h".repeat(61) + id + "', 'sealed', "
                + "'7005 **** **** " + id + "', 'PLASTIC', '" + holderKind + "', '" + name + "', 'ACTIVE', DATE '2035-12-31', "
                + "CURRENT_TIMESTAMP, " + classId + ")");
    }
}
