package org.cardhub.it.core;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardRef;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.meals.boundary.GroupMeals;
import org.cardhub.meals.boundary.MenuDesk;
import org.cardhub.meals.entity.DishCategory;
import org.cardhub.meals.entity.DishDraft;
import org.cardhub.meals.entity.MenuStatus;
import org.cardhub.meals.entity.PortionUnit;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.payments.boundary.Payments;
import org.cardhub.payments.entity.PurseRef;
import org.cardhub.payments.entity.TopUpChannel;
import org.cardhub.schooloffice.boundary.PupilImports;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The objects of a {@link StaffSchool} school that the staff's access matrix reaches for, each made as an allowed
 * caller would find it: lunch at 23:59 (so a group meal of today may still be ordered, is served by the canteen and not
 * by the clock, and the matrix's rows stay put between two looks), a menu published for today and tomorrow, money on
 * every pupil's canteen purse, today's group meal of the led class, a draft menu three weeks ahead, an import of one
 * member of staff. And the inputs a write of the matrix needs afresh for each person, and the school's rows to compare
 * before and after. Run through {@link BackOffice}, whose calls to the boundaries it passes on.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MatrixSchools {

    private static final String LETTERS = "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЭЮЯ";
    private static final AtomicLong FILES = new AtomicLong();
    private static final AtomicLong CLASSES = new AtomicLong();

    @EJB
    Payments payments;

    @EJB
    MenuDesk menus;

    @EJB
    GroupMeals groupMeals;

    @EJB
    PupilImports imports;

    @Resource(lookup = "jdbc/cardhub")
    DataSource dataSource;

    /**
     * A school of the matrix as it was made {@code today} (the school's): {@code led} is the class its teacher leads,
     * with a group meal of today; menus published today and {@code tomorrow}, whose soups are the dishes to order;
     * {@code menuDay} a Monday with a draft menu, whose week is copied onto {@code copyDay}'s, {@code saveDay} the day
     * the menu cells save; an import of the school.
     */
    public record Side(String name, StaffSchool.School school, LocalDate today, String led, long dishToday, long dishTomorrow,
                       long mealToday, long importId, LocalDate menuDay) {

        public long id() {
            return school.id();
        }

        public long classId(String className) {
            return school.classId(className);
        }

        public long ledClass() {
            return school.classId(led);
        }

        public long pupilOf(String className) {
            return school.pupil(className, 0).id();
        }

        public long contractId() {
            return school.contract().id();
        }

        public LocalDate tomorrow() {
            return today.plusDays(1);
        }

        public LocalDate copyDay() {
            return menuDay.plusWeeks(2);
        }

        public LocalDate saveDay() {
            return menuDay.plusWeeks(4).plusDays(2);
        }
    }

    public Side open(String name, StaffSchool.School school, String zone, String led) {
        LocalDate today = LocalDate.now(ZoneId.of(zone));
        update("INSERT INTO canteen_settings (organization_id, attendance_deadline, lunch_time) "
                + "VALUES (?, CAST(? AS TIME), CAST(? AS TIME))", school.id(), "23:59:00", "23:59:00");
        long dishToday = publishMenu(school.id(), today);
        long dishTomorrow = publishMenu(school.id(), today.plusDays(1));
        for (List<Card> pupils : school.pupils().values()) {
            for (Card pupil : pupils) {
                payments.topUp(Fixtures.key("fixture"), new PurseRef(CardRef.id(pupil.id()), null, AccountPurpose.CANTEEN,
                        Currency.RUB), Amount.parse("1000.00", Currency.RUB), TopUpChannel.BANK_CARD, "fixture");
            }
        }
        long mealToday = meal(school.classId(led), today, dishToday);
        LocalDate menuDay = today.plusWeeks(3).with(DayOfWeek.MONDAY);
        menus.save(school.id(), menuDay, List.of(dish("Суп дня", "55")), null);
        long importId = imports.apply(school.id(), "сотрудники.csv", memberOfStaff(), percent -> { }).importId();
        return new Side(name, school, today, led, dishToday, dishTomorrow, mealToday, importId, menuDay);
    }

    /** A group meal of the class on the day, ordered by the caller: one dish of the day's menu for every pupil. */
    public long meal(long classId, LocalDate day, long dish) {
        return groupMeals.order(classId, day, Map.of(dish, 1), null, UUID.randomUUID().toString()).id();
    }

    /** The version of the school's menu of the day as the supplier's page reads it; null with none. */
    public Long menuVersion(long schoolId, LocalDate day) {
        return menus.day(schoolId, day).version();
    }

    /** The school's menu of the day published, or taken back to a draft. */
    public void menuPublished(long schoolId, LocalDate day, boolean published) {
        boolean is = menus.day(schoolId, day).status() == MenuStatus.PUBLISHED;
        if (published && !is) {
            menus.publish(schoolId, day);
        } else if (!published && is) {
            menus.unpublish(schoolId, day);
        }
    }

    public static DishDraft dish(String name, String price) {
        return new DishDraft(null, name, DishCategory.HOT_MEAL, price, 250, PortionUnit.G, Set.of(), false);
    }

    /** A file of pupils with one member of staff no file named before, so that applying it changes the school. */
    public static byte[] memberOfStaff() {
        return ("Фамилия;Имя;Отчество;Класс;Номер договора;Категория\nНовиков;Пётр;" + spelled(FILES.incrementAndGet())
                + ";;;сотрудник\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A class name no school of the test has yet: grade 9, 10 or 11 and a letter. */
    public static String newClassName() {
        int next = (int) CLASSES.incrementAndGet();
        return (9 + next / LETTERS.length() % 3) + LETTERS.substring(next % LETTERS.length(), next % LETTERS.length() + 1);
    }

    /** 305 as «ГАЕ»: a number as Cyrillic letters, for names that must differ. */
    private static String spelled(long number) {
        return Long.toString(number).chars().mapToObj(digit -> LETTERS.substring(digit - '0', digit - '0' + 1))
                .collect(Collectors.joining());
    }

    /** The rows of the schools, each line led by its school's name. */
    public List<String> rows(Side... sides) {
        return Stream.of(sides).flatMap(side -> rows(side.id(), side.contractId()).stream().map(row -> side.name() + ": " + row))
                .toList();
    }

    /**
     * What the staff's cabinets may change at the school, one line a row: its menus and dishes, group meals and each
     * pupil's part, classes, cards, holds and journal entries of its cards, benefits, imports and its audit trail.
     */
    public List<String> rows(long schoolId, long contractId) {
        return Stream.of(
                        strings("SELECT 'menu ' || id || ' ' || menu_date || ' ' || status || ' ' || version FROM menu "
                                + "WHERE organization_id = ? ORDER BY id", schoolId),
                        strings("SELECT 'dish ' || d.id || ' ' || d.menu_id || ' ' || d.name || ' ' || d.price_minor FROM dish d "
                                + "JOIN menu m ON m.id = d.menu_id WHERE m.organization_id = ? ORDER BY d.id", schoolId),
                        strings("SELECT 'group meal ' || id || ' ' || status || ' ' || version FROM group_meal "
                                + "WHERE organization_id = ? ORDER BY id", schoolId),
                        strings("SELECT 'part ' || p.id || ' ' || p.outcome || ' ' || COALESCE(p.entry_id, 0) FROM group_meal_pupil p "
                                + "JOIN group_meal g ON g.id = p.group_meal_id WHERE g.organization_id = ? ORDER BY p.id", schoolId),
                        strings("SELECT 'class ' || id || ' ' || name || ' ' || COALESCE(teacher_subject, '-') || ' ' || version "
                                + "FROM school_class WHERE organization_id = ? ORDER BY id", schoolId),
                        strings("SELECT 'card ' || id || ' ' || status || ' ' || COALESCE(class_id, 0) FROM card "
                                + "WHERE contract_id = ? ORDER BY id", contractId),
                        strings("SELECT 'hold ' || h.id || ' ' || h.status FROM hold h JOIN card c ON c.id = h.card_id "
                                + "WHERE c.contract_id = ? ORDER BY h.id", contractId),
                        strings("SELECT 'entry ' || e.id || ' ' || e.kind FROM journal_entry e JOIN card c ON c.id = e.card_id "
                                + "WHERE c.contract_id = ? ORDER BY e.id", contractId),
                        strings("SELECT 'benefit ' || b.card_id || ' ' || b.kind_code FROM meal_benefit b JOIN card c "
                                + "ON c.id = b.card_id WHERE c.contract_id = ? ORDER BY b.card_id, b.kind_code", contractId),
                        strings("SELECT 'import ' || id || ' ' || status FROM pupil_import WHERE organization_id = ? ORDER BY id",
                                schoolId),
                        strings("SELECT 'audit ' || id || ' ' || action FROM audit_event WHERE subject_type = 'ORGANIZATION' "
                                + "AND subject_id = ? ORDER BY id", Long.toString(schoolId)))
                .flatMap(List::stream).toList();
    }

    /** Суп куриный 55 ₽ and Компот 25 ₽, published for the day in SQL as the demo data writes menus; the soup's id. */
    private long publishMenu(long schoolId, LocalDate day) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement menu = connection.prepareStatement("INSERT INTO menu (organization_id, menu_date, status, "
                     + "published_at, updated_at, updated_by) VALUES (?, ?, 'PUBLISHED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'it')",
                     new String[]{"id"});
             PreparedStatement dish = connection.prepareStatement("INSERT INTO dish (menu_id, position, name, category, "
                     + "price_minor, portion, portion_unit, free_complex) VALUES (?, ?, ?, ?, ?, ?, ?, FALSE)", new String[]{"id"})) {
            menu.setLong(1, schoolId);
            menu.setDate(2, Date.valueOf(day));
            menu.executeUpdate();
            long menuId = key(menu);
            long soup = 0;
            Object[][] dishes = {{"Суп куриный", "HOT_MEAL", 5500, 250, "ML"}, {"Компот", "DRINK", 2500, 200, "ML"}};
            for (int position = 0; position < dishes.length; position++) {
                dish.setLong(1, menuId);
                dish.setInt(2, position + 1);
                dish.setString(3, (String) dishes[position][0]);
                dish.setString(4, (String) dishes[position][1]);
                dish.setLong(5, (Integer) dishes[position][2]);
                dish.setInt(6, (Integer) dishes[position][3]);
                dish.setString(7, (String) dishes[position][4]);
                dish.executeUpdate();
                long id = key(dish);
                soup = position == 0 ? id : soup;
            }
            return soup;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long key(PreparedStatement insert) throws SQLException {
        try (ResultSet keys = insert.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    private List<String> strings(String sql, Object parameter) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, parameter);
            List<String> found = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void update(String sql, Object... values) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
