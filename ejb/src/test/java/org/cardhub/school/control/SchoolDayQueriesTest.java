package org.cardhub.school.control;

import jakarta.persistence.EntityManager;
import org.cardhub.cards.entity.Card;
import org.cardhub.ledger.entity.Account;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.school.entity.DayEvent;
import org.cardhub.school.entity.DaySummary;
import org.cardhub.school.entity.DayWindow;
import org.cardhub.school.entity.Dish;
import org.cardhub.school.entity.SchoolDay;
import org.cardhub.testing.MigratedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The statements behind the school day on the real schema and mapping (H2 in its PostgreSQL mode): a day in
 * Vladivostok holds what its wall clock says and nothing of the evening before or the night after, money a sister sent
 * comes in, a fare taken back shows cancelled, a child's purses close the day at what they held then; and a parent
 * finds their children's cards, the replaced ones apart, a pupil only their own.
 */
class SchoolDayQueriesTest {

    private static final ZoneId VLADIVOSTOK = ZoneId.of("Asia/Vladivostok");
    /** In Vladivostok (UTC+10) 7 December runs from 6 December 14:00 to 7 December 14:00 UTC. */
    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);
    private static final Instant LATER = Instant.parse("2026-12-10T00:00:00Z");
    private static MigratedDatabase database;

    @BeforeAll
    static void aSchoolWithTwoSistersAndAnotherPupil() {
        database = new MigratedDatabase();
        database.inTransaction(em -> {
            sql(em, "INSERT INTO contract (id, number, kind, holder_subject, status, balance_model, funding, time_zone, created_at) "
                    + "VALUES (900, 'S-09000000', 'SCHOOL', 'school', 'ACTIVE', 'DISTRIBUTED', 'PREPAID', 'Asia/Vladivostok', CURRENT_TIMESTAMP)");
            card(em, 10, "Петров Иван", "ivan", "ACTIVE");
            card(em, 11, "Петрова Мария", null, "ACTIVE");
            card(em, 12, "Смирнов Алексей", null, "ACTIVE");
            card(em, 13, "Петров Иван", "ivan", "REISSUED");
            for (String link : List.of("10, 'mum'", "11, 'mum'", "13, 'mum'", "12, 'other'")) {
                sql(em, "INSERT INTO card_guardian (card_id, subject) VALUES (" + link + ")");
            }
            account(em, 100, 10, "MAIN");
            account(em, 101, 10, "CANTEEN");
            account(em, 110, 11, "MAIN");
            account(em, 120, 12, "MAIN");
            long cash = system(em, "CASH_IN");
            long merchants = system(em, "MERCHANT_PAYABLE");
            entry(em, 1, "TOP_UP", "2026-12-05 09:00:00+00", 10, null, null, null, 20_000, cash, 101);
            entry(em, 2, "TOP_UP", "2026-12-06 13:50:00+00", 10, null, null, null, 50_000, cash, 100); // 23:50 the day before
            entry(em, 3, "TOP_UP", "2026-12-06 22:00:00+00", 10, null, null, null, 30_000, cash, 100); // 08:00
            entry(em, 4, "PURCHASE", "2026-12-07 00:15:00+00", 10, "HOT_MEAL", "terminal:CANTEEN-0001", null, 7_000, 101, merchants);
            entry(em, 5, "PURCHASE", "2026-12-07 01:00:00+00", 10, "TRANSPORT", "terminal:BUS-0001", null, 3_500, 100, merchants);
            entry(em, 6, "REVERSAL", "2026-12-07 01:10:00+00", 10, "TRANSPORT", "terminal:BUS-0001", 5L, 3_500, merchants, 100);
            entry(em, 7, "TOP_UP", "2026-12-07 03:00:00+00", 11, null, null, null, 20_000, cash, 110);
            entry(em, 8, "TRANSFER", "2026-12-07 03:05:00+00", 11, null, "mum", null, 20_000, 110, 100); // from Мария
            entry(em, 9, "TRANSFER", "2026-12-07 04:00:00+00", 10, null, "mum", null, 5_000, 100, 101); // general → canteen
            entry(em, 10, "PURCHASE", "2026-12-07 14:05:00+00", 10, "BUFFET", "terminal:CANTEEN-0001", null, 2_500, 101, merchants); // 00:05 next day
            entry(em, 11, "TOP_UP", "2026-12-07 01:00:00+00", 12, null, null, null, 10_000, cash, 120);
            entry(em, 12, "PURCHASE", "2026-12-07 02:00:00+00", 12, "HOT_MEAL", "terminal:CANTEEN-0001", null, 7_000, 120, merchants);
            sql(em, "INSERT INTO purchase_item (entry_id, line_no, name, category, quantity, price_minor) VALUES "
                    + "(4, 1, 'Борщ', 'HOT_MEAL', 1, 4500), (4, 2, 'Компот', 'DRINK', 2, 1250), (12, 1, 'Плов', 'HOT_MEAL', 1, 7000)");
            sql(em, "INSERT INTO terminal (id, kind, status, location, region, secret_key_cipher, key_rotated_at, created_at) VALUES "
                    + "('GATE-0001', 'TURNSTILE', 'ACTIVE', 'Школа', 'RU-PRI', 'x', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            pass(em, 1, 10, "ENTRY", "2026-12-06 21:58:00+00"); // 07:58
            pass(em, 2, 10, "EXIT", "2026-12-07 05:30:00+00"); // 15:30
            pass(em, 3, 10, "ENTRY", "2026-12-07 21:00:00+00"); // the next morning
            pass(em, 4, 12, "ENTRY", "2026-12-06 22:00:00+00");
            sql(em, "UPDATE account SET balance_minor = (SELECT COALESCE(SUM(p.amount_minor), 0) FROM posting p "
                    + "WHERE p.account_id = account.id) WHERE system_code IS NULL");
            return null;
        });
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void aDayInVladivostokHoldsItsOwnEventsAndWhatASisterSent() {
        SchoolDay day = read(reader -> reader.day(10, VLADIVOSTOK, pursesOf(10), DAY, LATER));

        assertThat(day.events()).extracting(DayEvent::kind).containsExactly(DayEvent.Kind.ENTRY, DayEvent.Kind.TOP_UP,
                DayEvent.Kind.MEAL, DayEvent.Kind.TRIP, DayEvent.Kind.TRANSFER_IN, DayEvent.Kind.PURSE_MOVE,
                DayEvent.Kind.EXIT);
        DayEvent meal = day.events().get(2);
        assertThat(meal.amount()).isEqualTo(rub(-7_000));
        assertThat(meal.terminalId()).isEqualTo("CANTEEN-0001");
        assertThat(meal.dishes()).extracting(Dish::name, Dish::quantity).containsExactly(
                tuple("Борщ", 1), tuple("Компот", 2));
        DayEvent trip = day.events().get(3);
        assertThat(trip.cancelled()).as("the fare was taken back ten minutes later").isTrue();
        assertThat(trip.terminalId()).isEqualTo("BUS-0001");
        assertThat(day.events().get(4).amount()).isEqualTo(rub(20_000));
        assertThat(day.truncated()).isFalse();
    }

    @Test
    void theSummaryCountsTheMealTheTopUpAndTheTransferButNotTheCancelledTrip() {
        DaySummary summary = read(reader -> reader.day(10, VLADIVOSTOK, pursesOf(10), DAY, LATER)).summary();

        assertThat(summary.meals()).isEqualTo(1);
        assertThat(summary.spentOnMeals()).isEqualTo(rub(7_000));
        assertThat(summary.trips()).isZero();
        assertThat(summary.toppedUp()).isEqualTo(rub(50_000));
        assertThat(summary.firstEntry()).isEqualTo(Instant.parse("2026-12-06T21:58:00Z"));
        assertThat(summary.lastExit()).isEqualTo(Instant.parse("2026-12-07T05:30:00Z"));
    }

    @Test
    void thePursesCloseTheDayAtWhatTheyHeldAtMidnight() {
        SchoolDay day = read(reader -> reader.day(10, VLADIVOSTOK, pursesOf(10), DAY, LATER));

        assertThat(day.generalAtEnd()).isEqualTo(rub(50_000 + 30_000 - 3_500 + 3_500 + 20_000 - 5_000));
        assertThat(day.canteenAtEnd()).as("the buffet after midnight is the next day's").isEqualTo(rub(20_000 - 7_000 + 5_000));
    }

    @Test
    void aListByDaysSumsEachDayOfTheWindowLastFirst() {
        List<DaySummary> days = read(reader -> reader.summaries(10, pursesOf(10),
                new DayWindow(LocalDate.of(2026, 12, 6), LocalDate.of(2026, 12, 8), VLADIVOSTOK)));

        assertThat(days).extracting(DaySummary::date).containsExactly(LocalDate.of(2026, 12, 8), DAY, LocalDate.of(2026, 12, 6));
        assertThat(days.get(0).meals()).as("the buffet at 00:05").isEqualTo(1);
        assertThat(days.get(0).firstEntry()).isEqualTo(Instant.parse("2026-12-07T21:00:00Z"));
        assertThat(days.get(1).toppedUp()).isEqualTo(rub(50_000));
        assertThat(days.get(2).toppedUp()).as("the top-up at 23:50").isEqualTo(rub(50_000));
    }

    @Test
    void theSisterSeesHerTransferGoOut() {
        SchoolDay day = read(reader -> reader.day(11, VLADIVOSTOK, pursesOf(11), DAY, LATER));

        assertThat(day.events()).extracting(DayEvent::kind).containsExactly(DayEvent.Kind.TOP_UP, DayEvent.Kind.TRANSFER_OUT);
        assertThat(day.summary().sentAway()).isEqualTo(rub(20_000));
    }

    @Test
    void aParentFindsTheirChildrensCardsTheReplacedOnesApartAndAPupilOnlyTheirOwn() {
        FamilyCards family = new FamilyCards();

        List<Long> children = database.inTransaction(em -> {
            family.em = em;
            return family.guardedBy("mum").stream().map(Card::id).toList();
        });
        List<Long> former = database.inTransaction(em -> {
            family.em = em;
            return family.formerlyGuardedBy("mum").stream().map(Card::id).toList();
        });
        List<Long> own = database.inTransaction(em -> {
            family.em = em;
            return family.heldBy("ivan").stream().map(Card::id).toList();
        });

        assertThat(children).containsExactly(10L, 11L);
        assertThat(former).containsExactly(13L);
        assertThat(own).containsExactly(10L);
    }

    private static <T> T read(Function<DayReader, T> work) {
        return database.inTransaction(em -> {
            DayLedger ledger = new DayLedger();
            ledger.em = em;
            DayReader reader = new DayReader();
            reader.ledger = ledger;
            return work.apply(reader);
        });
    }

    private static DayReader.Purses pursesOf(long card) {
        return database.inTransaction(em -> DayReader.Purses.of(em.createQuery("SELECT a FROM Account a WHERE a.cardId = :card",
                Account.class).setParameter("card", card).getResultList()));
    }

    private static void card(EntityManager em, long id, String holder, String subject, String status) {
        sql(em, "INSERT INTO card (id, contract_id, pan_hash, pan_sealed, pan_masked, form, holder_kind, holder_name, "
                + "holder_subject, status, expires_on, created_at) VALUES (" + id + ", 900, '" + "h".repeat(60) + id
                + "', 'sealed', '700599******00" + id + "', 'PLASTIC', 'PUPIL', '" + holder + "', "
                + (subject == null ? "NULL" : "'" + subject + "'") + ", '" + status + "', DATE '2030-12-31', CURRENT_TIMESTAMP)");
    }

    private static void account(EntityManager em, long id, long card, String purpose) {
        sql(em, "INSERT INTO account (id, contract_id, card_id, purpose, currency) VALUES (" + id + ", 900, " + card + ", '"
                + purpose + "', 'RUB')");
    }

    private static long system(EntityManager em, String code) {
        return ((Number) em.createNativeQuery("SELECT id FROM account WHERE system_code = '" + code + "'").getSingleResult())
                .longValue();
    }

    private static void entry(EntityManager em, long id, String kind, String at, long card, String category, String actor,
                              Long reverses, long amount, long from, long to) {
        sql(em, "INSERT INTO journal_entry (id, kind, booked_at, card_id, contract_id, category, amount_minor, reverses_entry_id, "
                + "actor) VALUES (" + id + ", '" + kind + "', TIMESTAMP WITH TIME ZONE '" + at + "', " + card + ", 900, "
                + (category == null ? "NULL" : "'" + category + "'") + ", " + amount + ", " + reverses + ", '"
                + (actor == null ? "terminal:KIOSK-0001" : actor) + "')");
        sql(em, "INSERT INTO posting (entry_id, account_id, currency, amount_minor) VALUES (" + id + ", " + from + ", 'RUB', " + -amount + ")");
        sql(em, "INSERT INTO posting (entry_id, account_id, currency, amount_minor) VALUES (" + id + ", " + to + ", 'RUB', " + amount + ")");
    }

    private static void pass(EntityManager em, long id, long card, String direction, String at) {
        sql(em, "INSERT INTO attendance (id, card_id, terminal_id, event_id, direction, occurred_at, recorded_at) VALUES ("
                + id + ", " + card + ", 'GATE-0001', 'e" + id + "', '" + direction + "', TIMESTAMP WITH TIME ZONE '" + at
                + "', CURRENT_TIMESTAMP)");
    }

    private static void sql(EntityManager em, String statement) {
        em.createNativeQuery(statement).executeUpdate();
    }

    private static Amount rub(long kopecks) {
        return Amount.ofMinorUnits(kopecks, Currency.RUB);
    }
}
