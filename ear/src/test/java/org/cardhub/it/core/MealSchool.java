package org.cardhub.it.core;

import org.cardhub.cards.boundary.Cards;
import org.cardhub.cards.entity.Card;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.payments.entity.PurseRef;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A test's own school for the meals: its organisation, contract and pupil, a published menu written in SQL (as the
 * demo data writes menus, while the canteen supplier's cabinet that will make them is to come), and what the tests
 * read back from the books — the pupil's canteen purse, open holds, purchases with their dishes, the meal budget.
 */
record MealSchool(DataSource dataSource, long organizationId, Contract contract, Card pupil) {

    long cardId() {
        return pupil.id();
    }

    long contractId() {
        return contract.id();
    }

    /** Каша овсяная 45 ₽, Суп куриный с лапшой 55 ₽ and Компот 25 ₽ (the free complex), Котлета с пюре 95 ₽, Булочка 30 ₽. */
    void publishMenu(LocalDate day) throws SQLException {
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
                    {"Котлета с пюре", "HOT_MEAL", 9500, 230, "G", "GLUTEN,MILK,EGGS", false},
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
    Amount canteenAvailable() throws SQLException {
        return rub(single("SELECT balance_minor - held_minor FROM account WHERE card_id = ? AND purpose = 'CANTEEN'", cardId()));
    }

    long openHolds() throws SQLException {
        return Long.parseLong(single("SELECT COUNT(*) FROM hold WHERE card_id = ? AND status = 'OPEN'", cardId()));
    }

    /** The school's meal budget: the contract's own canteen account. */
    PurseRef budget() {
        return new PurseRef(null, contract.number(), AccountPurpose.CANTEEN, Currency.RUB);
    }

    Amount budgetBalance() throws SQLException {
        return rub(single("SELECT balance_minor FROM account WHERE contract_id = ? AND card_id IS NULL AND purpose = 'CANTEEN'",
                contractId()));
    }

    /**
     * The pupil's purchases not reversed, oldest first, each as «PURCHASE 150.00[ CATEGORY description]: dish × n @ price, …»
     * (category and description shown for free meals only).
     */
    List<String> purchases() throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement entries = connection.prepareStatement("SELECT e.id, e.kind, e.amount_minor, e.category, e.description "
                     + "FROM journal_entry e WHERE e.card_id = ? AND e.kind = 'PURCHASE' "
                     + "AND NOT EXISTS (SELECT 1 FROM journal_entry r WHERE r.reverses_entry_id = e.id) ORDER BY e.id");
             PreparedStatement items = connection.prepareStatement("SELECT name, quantity, price_minor FROM purchase_item "
                     + "WHERE entry_id = ? ORDER BY line_no")) {
            entries.setLong(1, cardId());
            try (ResultSet rows = entries.executeQuery()) {
                while (rows.next()) {
                    StringBuilder line = new StringBuilder(rows.getString(2)).append(' ')
                            .append(rub(rows.getString(3)).toPlainString());
                    if ("FREE_MEAL".equals(rows.getString(4))) {
                        line.append(" FREE_MEAL ").append(rows.getString(5));
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

    /**
     * One more guardian of the pupil, who hears by email to {@code email} as the defaults say: about meal pre-orders,
     * top-ups, the card, not about passes and purchases.
     */
    void guardianWithEmail(Cards cards, BackOffice backOffice, String subject, String email) throws SQLException {
        backOffice.run(() -> cards.addGuardian(cardId(), subject));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO notification_preference (subject, email) "
                     + "VALUES (?, ?)")) {
            insert.setString(1, subject);
            insert.setString(2, email);
            insert.executeUpdate();
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
