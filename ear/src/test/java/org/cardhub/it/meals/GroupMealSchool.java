package org.cardhub.it.meals;

import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardRef;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.contracts.boundary.Contracts;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.it.core.BackOffice;
import org.cardhub.it.core.Fixtures;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.meals.boundary.FreeMeals;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.payments.boundary.Payments;
import org.cardhub.payments.entity.PurseRef;
import org.cardhub.payments.entity.TopUpChannel;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A test's own school for group meals, named with the run's mark: class 5А led by the demo teacher (on the school's
 * staff) with Богатов Антон (300 ₽ on the canteen purse), Бедный Борис (10 ₽) and Льготная Вера (a beneficiary, the
 * school's meal budget 1 000 ₽); class 5Б with Чужой Глеб; a published menu of the day written in SQL as the demo data
 * writes menus. And what the tests read back from the books. {@link #leave} takes the teacher off the school again, so
 * the demo teacher's cabinet keeps the demo's classes.
 */
final class GroupMealSchool {

    static final String TEACHER = "d3e0c0de-0000-4000-8000-000000000006";
    static final String RICH = "Богатов Антон";
    static final String POOR = "Бедный Борис";
    static final String FREE = "Льготная Вера";
    static final String OTHER = "Чужой Глеб";

    private final DataSource dataSource;
    private final long organizationId;
    private final Contract contract;
    private final long classId;
    private final long otherClassId;
    private final Map<String, Long> pupils;

    private GroupMealSchool(DataSource dataSource, long organizationId, Contract contract, long classId, long otherClassId,
                            Map<String, Long> pupils) {
        this.dataSource = dataSource;
        this.organizationId = organizationId;
        this.contract = contract;
        this.classId = classId;
        this.otherClassId = otherClassId;
        this.pupils = pupils;
    }

    static GroupMealSchool open(String mark, ZoneId zone, LocalDate day, BackOffice backOffice, Fixtures fixtures,
                                Contracts contracts, FreeMeals freeMeals, Payments payments, DataSource dataSource)
            throws SQLException {
        long organization = backOffice.call(() -> fixtures.company(zone.getId()));
        Contract contract = backOffice.call(() -> contracts.activate(contracts.openSchool(organization).id(), "signed"));
        List<Card> cards = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.PUPIL, 4));
        GroupMealSchool school;
        try (Connection connection = dataSource.getConnection()) {
            update(connection, "UPDATE organization SET name = ? WHERE id = ?", "Школа ИТ " + mark, organization);
            update(connection, "INSERT INTO school_staff (organization_id, subject, role, full_name) VALUES (?, ?, 'TEACHER', ?)",
                    organization, TEACHER, "Учитель Тестов");
            long classId = insertClass(connection, organization, 5, "А", TEACHER);
            long otherClassId = insertClass(connection, organization, 5, "Б", null);
            Map<String, Long> pupils = new LinkedHashMap<>();
            String[] names = {RICH, POOR, FREE, OTHER};
            for (int i = 0; i < names.length; i++) {
                long card = cards.get(i).id();
                pupils.put(names[i], card);
                update(connection, "UPDATE card SET holder_name = ?, class_id = ? WHERE id = ?", names[i] + " " + mark,
                        names[i].equals(OTHER) ? otherClassId : classId, card);
            }
            school = new GroupMealSchool(dataSource, organization, contract, classId, otherClassId, pupils);
        }
        school.topUp(payments, RICH, "300.00");
        school.topUp(payments, POOR, "10.00");
        school.topUp(payments, OTHER, "300.00");
        backOffice.call(() -> freeMeals.openBudget(contract.id()));
        payments.topUp(Fixtures.key("fixture"), school.budget(), Amount.parse("1000.00", Currency.RUB), TopUpChannel.PAYMENT_AGENT,
                "fixture");
        backOffice.run(() -> freeMeals.grant(school.card(FREE), "LARGE_FAMILY", day.minusDays(1), null));
        school.publishMenu(day);
        return school;
    }

    /** The teacher leaves the school: the demo teacher's cabinet shows the demo's classes only. */
    void leave() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            update(connection, "DELETE FROM school_staff WHERE organization_id = ?", organizationId);
            update(connection, "UPDATE school_class SET teacher_subject = NULL WHERE organization_id = ?", organizationId);
        }
    }

    long organizationId() {
        return organizationId;
    }

    long classId() {
        return classId;
    }

    long otherClassId() {
        return otherClassId;
    }

    long card(String name) {
        return pupils.get(name);
    }

    /** Каша овсяная 45 ₽, Суп куриный с лапшой 55 ₽, Компот 25 ₽, Булочка с маком 30 ₽. */
    private void publishMenu(LocalDate day) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement menu = connection.prepareStatement("INSERT INTO menu (organization_id, menu_date, status, "
                     + "published_at, updated_at, updated_by) VALUES (?, ?, 'PUBLISHED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'it')",
                     new String[]{"id"});
             PreparedStatement dish = connection.prepareStatement("INSERT INTO dish (menu_id, position, name, category, "
                     + "price_minor, portion, portion_unit, allergens, free_complex) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            menu.setLong(1, organizationId);
            menu.setDate(2, Date.valueOf(day));
            menu.executeUpdate();
            long menuId;
            try (ResultSet keys = menu.getGeneratedKeys()) {
                keys.next();
                menuId = keys.getLong(1);
            }
            Object[][] dishes = {
                    {"Каша овсяная", "HOT_MEAL", 4500, 200, "G", "GLUTEN,MILK", false},
                    {"Суп куриный с лапшой", "HOT_MEAL", 5500, 250, "ML", "GLUTEN,CELERY", true},
                    {"Компот", "DRINK", 2500, 200, "ML", null, true},
                    {"Булочка с маком", "BUFFET", 3000, 80, "G", "GLUTEN,SESAME", false}};
            for (int position = 0; position < dishes.length; position++) {
                Object[] row = dishes[position];
                dish.setLong(1, menuId);
                dish.setInt(2, position + 1);
                dish.setString(3, (String) row[0]);
                dish.setString(4, (String) row[1]);
                dish.setLong(5, (Integer) row[2]);
                dish.setInt(6, (Integer) row[3]);
                dish.setString(7, (String) row[4]);
                dish.setString(8, (String) row[5]);
                dish.setBoolean(9, (Boolean) row[6]);
                dish.executeUpdate();
            }
        }
    }

    long dish(String name) throws SQLException {
        return Long.parseLong(single("SELECT d.id FROM dish d JOIN menu m ON m.id = d.menu_id WHERE m.organization_id = ? "
                + "AND d.name = '" + name.replace("'", "''") + "'", organizationId));
    }

    /** What the pupil's canteen purse can still pay: its balance less what is held. */
    Amount canteenAvailable(String pupil) throws SQLException {
        return rub(single("SELECT balance_minor - held_minor FROM account WHERE card_id = ? AND purpose = 'CANTEEN'", card(pupil)));
    }

    long openHolds(String pupil) throws SQLException {
        return Long.parseLong(single("SELECT COUNT(*) FROM hold WHERE card_id = ? AND status = 'OPEN'", card(pupil)));
    }

    long groupMealsOf(long schoolClass) throws SQLException {
        return Long.parseLong(single("SELECT COUNT(*) FROM group_meal WHERE class_id = ?", schoolClass));
    }

    Amount budgetBalance() throws SQLException {
        return rub(single("SELECT balance_minor FROM account WHERE contract_id = ? AND card_id IS NULL AND purpose = 'CANTEEN'",
                contract.id()));
    }

    /**
     * The pupil's purchases, oldest first, each as «150.00 CATEGORY description: dish × n @ price, …», and whether its
     * postings (what left the paying account) equal the sum of its dishes.
     */
    List<String> purchases(String pupil) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement entries = connection.prepareStatement("SELECT e.id, e.amount_minor, e.category, e.description, "
                     + "(SELECT SUM(i.price_minor * i.quantity) FROM purchase_item i WHERE i.entry_id = e.id), "
                     + "(SELECT SUM(p.amount_minor) FROM posting p WHERE p.entry_id = e.id AND p.amount_minor > 0) "
                     + "FROM journal_entry e WHERE e.card_id = ? AND e.kind = 'PURCHASE' ORDER BY e.id");
             PreparedStatement items = connection.prepareStatement("SELECT name, quantity, price_minor FROM purchase_item "
                     + "WHERE entry_id = ? ORDER BY line_no")) {
            entries.setLong(1, card(pupil));
            try (ResultSet rows = entries.executeQuery()) {
                while (rows.next()) {
                    StringBuilder line = new StringBuilder(rub(rows.getString(2)).toPlainString()).append(' ')
                            .append(rows.getString(3)).append(' ').append(rows.getString(4));
                    if (rows.getLong(2) != rows.getLong(5) || rows.getLong(2) != rows.getLong(6)) {
                        line.append(" [postings ").append(rows.getLong(6)).append(" ≠ dishes ").append(rows.getLong(5)).append(']');
                    }
                    items.setLong(1, rows.getLong(1));
                    List<String> dishes = new ArrayList<>();
                    try (ResultSet dish = items.executeQuery()) {
                        while (dish.next()) {
                            dishes.add(dish.getString(1) + " × " + dish.getInt(2) + " @ " + rub(dish.getString(3)).toPlainString());
                        }
                    }
                    found.add(line.append(": ").append(String.join(", ", dishes)).toString());
                }
            }
        }
        return found;
    }

    private PurseRef budget() {
        return new PurseRef(null, contract.number(), AccountPurpose.CANTEEN, Currency.RUB);
    }

    private void topUp(Payments payments, String pupil, String amount) {
        payments.topUp(Fixtures.key("fixture"), new PurseRef(CardRef.id(card(pupil)), null, AccountPurpose.CANTEEN, Currency.RUB),
                Amount.parse(amount, Currency.RUB), TopUpChannel.BANK_CARD, "fixture");
    }

    private static long insertClass(Connection connection, long organization, int grade, String letter, String teacher)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO school_class (organization_id, grade, letter, "
                + "name, teacher_subject) VALUES (?, ?, ?, ?, ?)", new String[]{"id"})) {
            insert.setLong(1, organization);
            insert.setInt(2, grade);
            insert.setString(3, letter);
            insert.setString(4, grade + letter);
            insert.setString(5, teacher);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    private String single(String sql, long parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new AssertionError("nothing for " + sql);
                }
                return rows.getString(1);
            }
        }
    }

    private static Amount rub(String kopecks) {
        return Amount.ofMinorUnits(Long.parseLong(kopecks), Currency.RUB);
    }
}
