package org.cardhub.it.school;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.cardhub.cards.boundary.Cards;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardRef;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.contracts.boundary.Contracts;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.it.core.BackOffice;
import org.cardhub.it.core.Fixtures;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.limits.entity.ProductCategory;
import org.cardhub.meals.boundary.FreeMeals;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.payments.boundary.Payments;
import org.cardhub.payments.entity.OperationKey;
import org.cardhub.payments.entity.Outcome;
import org.cardhub.payments.entity.PurseRef;
import org.cardhub.payments.entity.Spend;
import org.cardhub.payments.entity.TopUpChannel;
import org.cardhub.school.boundary.AttendanceLog;
import org.cardhub.school.entity.Attendance;
import org.cardhub.terminals.boundary.Terminals;
import org.cardhub.terminals.entity.TerminalKind;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A test's own school for the director's dashboard, built through the real boundaries where there is one (the
 * organisation, its contract and cards, the turnstile, passes, purchases, a reversal, a free meal from the meal budget)
 * and in SQL where there is none yet (classes, staff, a purchase moved to yesterday); and the dashboard's figures
 * computed straight from the database's rows, one day and one sum at a time, to hold the dashboard against.
 *
 * <p>Школа (Vladivostok): 5А — Петров Иван, Петрова Мария (free meals), Сидоров Пётр; 5Б — Орлова Анна, Белов Ян; a
 * cook's card in no class. Yesterday Иван (08:10), Мария (08:40, late) and Анна came, Иван ate (65 ₽); today Иван,
 * Мария, Пётр (09:10, late) and Анна came, Ян did not; Иван bought lunch and a drink (75 + 25 ₽), Анна lunch (80 ₽), the
 * cook a pie (40 ₽), Мария had her free meal (60 ₽), Пётр's lunch (70 ₽) was taken back, Анна's bus fare (35 ₽) is
 * no meal. Lessons start at 08:30 (the default).</p>
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DashboardFixtures {

    public static final ZoneId ZONE = ZoneId.of("Asia/Vladivostok");
    public static final String DIRECTOR = "d3e0c0de-0000-4000-8000-000000000008";
    public static final String TEACHER = "d3e0c0de-0000-4000-8000-000000000006";
    public static final String DIRECTOR_ELSEWHERE = "it-director-elsewhere";
    public static final String TEACHING_DIRECTOR = "it-teaching-director";
    private static final String CANTEEN = "('HOT_MEAL', 'MEAL', 'BUFFET', 'DRINK', 'SWEETS', 'FREE_MEAL')";
    private static final LocalTime LESSONS = LocalTime.of(8, 30);

    /** The school's ids and its people's cards by name; {@code today} is the school's when it was built. */
    public record TestSchool(long organizationId, String name, long contractId, LocalDate today, long classA, long classB,
                             Map<String, Long> pupils, long cook, String gate, long otherSchool, long otherClass) {

        public long pupil(String name) {
            return pupils.get(name);
        }
    }

    /** A day's or a period's figures as the rows say. */
    public record Expected(long present, long late, long paidMeals, long freeMeals, long paidMinor, long freeMinor,
                           long eaters, long withoutMeal, long presentWithoutMeal) {
    }

    @EJB
    BackOffice backOffice;

    @EJB
    Fixtures fixtures;

    @EJB
    Contracts contracts;

    @EJB
    Cards cards;

    @EJB
    Terminals terminals;

    @EJB
    AttendanceLog attendance;

    @EJB
    Payments payments;

    @EJB
    FreeMeals freeMeals;

    @Resource(lookup = "jdbc/cardhub")
    DataSource dataSource;

    public TestSchool build(String name) {
        long organization = backOffice.call(() -> fixtures.company(ZONE.getId()));
        Contract contract = backOffice.call(() -> contracts.activate(contracts.openSchool(organization).id(), "signed"));
        update("UPDATE organization SET name = ? WHERE id = ?", name, organization);
        long classA = insertClass(organization, "А", TEACHER);
        long classB = insertClass(organization, "Б", null);
        List<Card> made = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.PUPIL, 5));
        Map<String, Long> pupils = new LinkedHashMap<>();
        String[] names = {"Петров Иван", "Петрова Мария", "Сидоров Пётр", "Орлова Анна", "Белов Ян"};
        for (int i = 0; i < names.length; i++) {
            pupils.put(names[i], made.get(i).id());
            update("UPDATE card SET holder_name = ?, class_id = ? WHERE id = ?", names[i], i < 3 ? classA : classB, made.get(i).id());
        }
        Card cook = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.PERSON, 1)).get(0);
        update("UPDATE card SET holder_name = ? WHERE id = ?", "Повар Галина", cook.id());
        String gate = "GATE-D" + ThreadLocalRandom.current().nextInt(100_000_000);
        backOffice.call(() -> terminals.register(gate, TerminalKind.TURNSTILE, organization, "Школа, главный вход", null, "RU-PRI"));

        LocalDate today = LocalDate.now(ZONE);
        LocalDate yesterday = today.minusDays(1);
        pass(made.get(0), gate, yesterday, "08:10");
        pass(made.get(1), gate, yesterday, "08:40");
        pass(made.get(3), gate, yesterday, "08:00");
        pass(made.get(0), gate, today, "08:05");
        pass(made.get(1), gate, today, "08:20");
        pass(made.get(2), gate, today, "09:10");
        pass(made.get(3), gate, today, "08:25");

        for (Card card : List.of(made.get(0), made.get(2), made.get(3), cook)) {
            backOffice.call(() -> fixtures.topUpCard(card.id(), "500.00"));
        }
        long yesterdaysLunch = buy(made.get(0), "HOT_MEAL", "65.00", Fixtures.key("dashboard")).entryId();
        update("UPDATE journal_entry SET booked_at = ? WHERE id = ?", at(yesterday, "12:10"), yesterdaysLunch);
        buy(made.get(0), "HOT_MEAL", "75.00", Fixtures.key("dashboard"));
        buy(made.get(0), "DRINK", "25.00", Fixtures.key("dashboard"));
        buy(made.get(3), "HOT_MEAL", "80.00", Fixtures.key("dashboard"));
        buy(cook, "BUFFET", "40.00", Fixtures.key("dashboard"));
        buy(made.get(3), "TRANSPORT", "35.00", Fixtures.key("dashboard"));
        OperationKey petersLunch = Fixtures.key("dashboard");
        buy(made.get(2), "HOT_MEAL", "70.00", petersLunch);
        backOffice.call(() -> payments.reverse(Fixtures.key("dashboard"), petersLunch, "it"));
        freeMeal(contract, made.get(1), "60.00");

        long other = backOffice.call(() -> fixtures.company(ZONE.getId()));
        backOffice.call(() -> contracts.activate(contracts.openSchool(other).id(), "signed"));
        long otherClass = insertClass(other, "А", null);
        return new TestSchool(organization, name, contract.id(), today, classA, classB, pupils, cook.id(), gate, other, otherClass);
    }

    /** Makes the person a member of the school's staff in that role (once). */
    public void appoint(long schoolId, String subject, String role, String fullName) {
        update("DELETE FROM school_staff WHERE organization_id = ? AND subject = ? AND role = ?", schoolId, subject, role);
        update("INSERT INTO school_staff (organization_id, subject, role, full_name) VALUES (?, ?, ?, ?)", schoolId, subject,
                role, fullName);
    }

    /** Takes every role at the school away from the person, and the classes they led there. */
    public void dismiss(long schoolId, String subject) {
        update("DELETE FROM school_staff WHERE organization_id = ? AND subject = ?", schoolId, subject);
        update("UPDATE school_class SET teacher_subject = NULL WHERE organization_id = ? AND teacher_subject = ?", schoolId,
                subject);
    }

    /** Takes the person off the staff of every school whose name starts so: what an earlier run left, if it stopped. */
    public void dismissFromSchoolsNamed(String subject, String namePrefix) {
        update("DELETE FROM school_staff WHERE subject = ? AND organization_id IN (SELECT id FROM organization WHERE name LIKE ?)",
                subject, namePrefix + "%");
        update("UPDATE school_class SET teacher_subject = NULL WHERE teacher_subject = ? AND organization_id IN "
                + "(SELECT id FROM organization WHERE name LIKE ?)", subject, namePrefix + "%");
    }

    /**
     * The school's figures for the days {@code from} to {@code to} (and the pupils without a meal on {@code to}), of one
     * class or of every class when {@code classId} is null, straight from the rows: entries through the school's gate
     * by pupils of its classes, the first one of a pupil's day after 08:30 late; the canteen's purchases of the contract
     * (of the class's cards) not taken back; today's pupils with no such purchase.
     */
    public Expected expected(TestSchool school, Long classId, LocalDate from, LocalDate to) {
        long present = 0;
        long late = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            List<Instant> firsts = firstEntries(school, classId, day);
            present += firsts.size();
            Instant lessons = day.atTime(LESSONS).atZone(ZONE).toInstant();
            late += firsts.stream().filter(first -> first.isAfter(lessons)).count();
        }
        String cards = classId == null ? "" : " AND c.class_id = " + classId;
        String sales = "FROM journal_entry e JOIN card c ON c.id = e.card_id WHERE e.contract_id = ? AND e.booked_at >= ? "
                + "AND e.booked_at < ? AND e.kind IN ('PURCHASE', 'COMPLETION') AND e.category IN " + CANTEEN
                + " AND NOT EXISTS (SELECT 1 FROM journal_entry r WHERE r.reverses_entry_id = e.id)" + cards;
        Object[] period = {school.contractId(), start(from), start(to.plusDays(1))};
        String paid = " AND e.category <> 'FREE_MEAL'";
        String free = " AND e.category = 'FREE_MEAL'";
        String pupils = "FROM card c JOIN school_class k ON k.id = c.class_id WHERE k.organization_id = " + school.organizationId()
                + cards + " AND c.status IN ('ORDERED', 'ISSUED', 'ACTIVE', 'BLOCKED') AND NOT EXISTS (SELECT 1 FROM journal_entry e "
                + "WHERE e.card_id = c.id AND e.booked_at >= ? AND e.booked_at < ? AND e.kind IN ('PURCHASE', 'COMPLETION') "
                + "AND e.category IN " + CANTEEN + " AND NOT EXISTS (SELECT 1 FROM journal_entry r WHERE r.reverses_entry_id = e.id))";
        String came = " AND EXISTS (SELECT 1 FROM attendance a WHERE a.card_id = c.id AND a.terminal_id = '" + school.gate()
                + "' AND a.direction = 'ENTRY' AND a.occurred_at >= ? AND a.occurred_at < ?)";
        OffsetDateTime dayStart = start(to);
        OffsetDateTime dayEnd = start(to.plusDays(1));
        return new Expected(present, late, number("SELECT COUNT(*) " + sales + paid, period), number("SELECT COUNT(*) " + sales + free, period),
                number("SELECT COALESCE(SUM(e.amount_minor), 0) " + sales + paid, period),
                number("SELECT COALESCE(SUM(e.amount_minor), 0) " + sales + free, period),
                number("SELECT COUNT(DISTINCT e.card_id) " + sales + " AND c.class_id IS NOT NULL", period),
                number("SELECT COUNT(*) " + pupils, dayStart, dayEnd),
                number("SELECT COUNT(*) " + pupils + came, dayStart, dayEnd, dayStart, dayEnd));
    }

    private List<Instant> firstEntries(TestSchool school, Long classId, LocalDate day) {
        List<Instant> firsts = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT MIN(a.occurred_at) FROM attendance a "
                     + "JOIN card c ON c.id = a.card_id JOIN school_class k ON k.id = c.class_id WHERE a.terminal_id = ? "
                     + "AND a.direction = 'ENTRY' AND a.occurred_at >= ? AND a.occurred_at < ? AND k.organization_id = ?"
                     + (classId == null ? "" : " AND k.id = " + classId) + " GROUP BY a.card_id")) {
            statement.setString(1, school.gate());
            statement.setObject(2, start(day));
            statement.setObject(3, start(day.plusDays(1)));
            statement.setLong(4, school.organizationId());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    firsts.add(rows.getObject(1, OffsetDateTime.class).toInstant());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return firsts;
    }

    private long insertClass(long organization, String letter, String teacher) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO school_class (organization_id, grade, letter, "
                     + "name, teacher_subject) VALUES (?, 5, ?, ?, ?)", new String[] {"id"})) {
            insert.setLong(1, organization);
            insert.setString(2, letter);
            insert.setString(3, "5" + letter);
            insert.setString(4, teacher);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void pass(Card card, String gate, LocalDate day, String time) {
        attendance.record(card, gate, UUID.randomUUID().toString(), Attendance.Direction.ENTRY,
                day.atTime(LocalTime.parse(time)).atZone(ZONE).toInstant());
    }

    private Outcome buy(Card card, String category, String amount, OperationKey key) {
        Amount price = Amount.parse(amount, Currency.RUB);
        Outcome outcome = backOffice.call(() -> payments.purchase(key, new Spend(CardRef.id(card.id()), price, null, null,
                category, "SCHOOL-IT", "RU-PRI", Instant.now(), List.of(new Spend.Item("Блюдо", category, 1, price))), "it"));
        if (!outcome.isApproved()) {
            throw new IllegalStateException("The fixture's purchase was declined: " + outcome.message());
        }
        return outcome;
    }

    private void freeMeal(Contract contract, Card pupil, String amount) {
        Amount price = Amount.parse(amount, Currency.RUB);
        PurseRef budget = new PurseRef(null, contract.number(), AccountPurpose.CANTEEN, Currency.RUB);
        backOffice.call(() -> freeMeals.openBudget(contract.id()));
        backOffice.call(() -> payments.topUp(Fixtures.key("fixture"), budget, Amount.parse("1000.00", Currency.RUB),
                TopUpChannel.PAYMENT_AGENT, "fixture"));
        Outcome given = backOffice.call(() -> payments.sponsoredPurchase(Fixtures.key("dashboard"), budget, CardRef.id(pupil.id()),
                List.of(new Spend.Item("Комплексный обед", "HOT_MEAL", 1, price)), ProductCategory.FREE_MEAL,
                "Бесплатное питание", "it"));
        if (!given.isApproved()) {
            throw new IllegalStateException("The fixture's free meal was declined: " + given.message());
        }
    }

    private static OffsetDateTime start(LocalDate day) {
        return OffsetDateTime.ofInstant(day.atStartOfDay(ZONE).toInstant(), ZoneOffset.UTC);
    }

    private static OffsetDateTime at(LocalDate day, String time) {
        return OffsetDateTime.ofInstant(day.atTime(LocalTime.parse(time)).atZone(ZONE).toInstant(), ZoneOffset.UTC);
    }

    private void update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long number(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
