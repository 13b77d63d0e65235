package org.cardhub.school.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.cardhub.ledger.entity.Account;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.schema.entity.SequenceKeys;
import org.cardhub.school.entity.DayEvent;
import org.cardhub.school.entity.DaySummary;
import org.cardhub.school.entity.DayWindow;
import org.cardhub.school.entity.SchoolDay;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's last week at school (R__demo_week_at_school.sql) on H2 as the launcher applies it: Петров Иван's school
 * days have his passes, lunches with their dishes and bus fares, read back as the day page reads them; his purses end
 * where the demo's funding left them; applying the demo data again writes nothing twice.
 */
class DemoWeekAtSchoolTest {

    private static final ZoneId VLADIVOSTOK = ZoneId.of("Asia/Vladivostok");
    private static final Path DEMO = Path.of("..", "server-config", "demo");
    private static EntityManagerFactory factory;
    private static String url;

    @BeforeAll
    static void theDemoTwice() {
        url = "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
        migrate();
        factory = Persistence.createEntityManagerFactory("cardhub", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL", "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.jdbc.driver", "org.h2.Driver", "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", "sa", "jakarta.persistence.jdbc.password", "",
                "eclipselink.logging.level", "WARNING"));
        read(em -> em.createNativeQuery("UPDATE flyway_schema_history SET checksum = checksum + 1 "
                + "WHERE script = 'R__demo_week_at_school.sql'").executeUpdate());
        migrate();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void ivansSchoolDaysOfLastWeekHaveHisPassesMealsAndTrips() {
        long ivan = read(em -> ((Number) em.createNativeQuery("SELECT id FROM card WHERE school_contract_number = '10000001'")
                .getSingleResult()).longValue());
        LocalDate today = DayWindow.today(VLADIVOSTOK, Clock.systemUTC());
        LocalDate schoolDay = today.minusDays(1);
        while (schoolDay.getDayOfWeek() == DayOfWeek.SATURDAY || schoolDay.getDayOfWeek() == DayOfWeek.SUNDAY) {
            schoolDay = schoolDay.minusDays(1);
        }
        LocalDate lastSchoolDay = schoolDay;

        SchoolDay day = read(em -> reader(em).day(ivan, VLADIVOSTOK, purses(em, ivan), lastSchoolDay, Instant.now()));

        assertThat(day.events()).extracting(DayEvent::kind).contains(DayEvent.Kind.ENTRY, DayEvent.Kind.TRIP,
                DayEvent.Kind.MEAL, DayEvent.Kind.EXIT);
        assertThat(day.events().stream().filter(event -> event.kind() == DayEvent.Kind.MEAL).findFirst().orElseThrow().dishes())
                .extracting(dish -> dish.name()).contains("Борщ", "Компот");
        assertThat(day.summary().spentOnTrips()).isEqualTo(rub(3_500));
        assertThat(day.summary().firstEntry()).isEqualTo(lastSchoolDay.atTime(7, 55).atZone(VLADIVOSTOK).toInstant());
        List<DaySummary> week = read(em -> reader(em).summaries(ivan, purses(em, ivan),
                new DayWindow(today.minusDays(7), today.minusDays(1), VLADIVOSTOK)));
        assertThat(week).filteredOn(summary -> summary.date().getDayOfWeek().getValue() < 6).hasSize(5)
                .allSatisfy(summary -> assertThat(summary.meals()).isPositive());
        assertThat(week).filteredOn(summary -> summary.date().getDayOfWeek().getValue() >= 6)
                .allSatisfy(summary -> assertThat(summary.isQuiet()).isTrue());
        DaySummary todaySoFar = read(em -> reader(em).summary(ivan, VLADIVOSTOK, purses(em, ivan), today));
        assertThat(todaySoFar.meals() + todaySoFar.trips()).as("nothing bought today counts towards today's limits").isZero();
    }

    @Test
    void thePursesEndWhereTheDemoFundingLeftThemAndNothingIsWrittenTwice() {
        List<?> purses = read(em -> em.createNativeQuery("SELECT a.purpose || ' ' || a.balance_minor FROM account a "
                + "JOIN card k ON k.id = a.card_id WHERE k.school_contract_number = '10000001' ORDER BY a.purpose").getResultList());
        assertThat(purses).extracting(String::valueOf).containsExactly("CANTEEN 80000", "MAIN 150000");
        assertThat(count("SELECT COUNT(*) FROM journal_entry WHERE description = 'demo school day: top-up MAIN'")).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM attendance WHERE event_id LIKE 'demo-1000000%'")).isEqualTo(20);
        assertThat(count("SELECT COUNT(*) FROM journal_entry e WHERE e.description LIKE 'demo school day: %' "
                + "AND (SELECT SUM(p.amount_minor) FROM posting p WHERE p.entry_id = e.id) <> 0")).isZero();
    }

    private static void migrate() {
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration", "filesystem:" + DEMO)
                .javaMigrations(new SequenceKeys()).load().migrate();
    }

    private static DayReader reader(EntityManager em) {
        DayLedger ledger = new DayLedger();
        ledger.em = em;
        DayReader reader = new DayReader();
        reader.ledger = ledger;
        return reader;
    }

    private static DayReader.Purses purses(EntityManager em, long card) {
        return DayReader.Purses.of(em.createQuery("SELECT a FROM Account a WHERE a.cardId = :card", Account.class)
                .setParameter("card", card).getResultList());
    }

    private static long count(String sql) {
        return read(em -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    private static <T> T read(Function<EntityManager, T> work) {
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

    private static Amount rub(long kopecks) {
        return Amount.ofMinorUnits(kopecks, Currency.RUB);
    }
}
