package org.cardhub.tools.school;

import org.cardhub.tools.school.Canteen.Dish;
import org.cardhub.tools.school.Canteen.Meal;
import org.cardhub.tools.school.SchoolStructure.School;
import org.cardhub.tools.school.SchoolStructure.SchoolCard;
import org.postgresql.PGConnection;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the benchmark school's year, a week at a time, with PostgreSQL's COPY: each school day's passes
 * ({@link DayPlan}), canteen purchases from the canteen purse and free meals from the meal budget dish by dish with
 * their free_meal rows; before each week, on Sunday evening, a top-up of each card's canteen purse of what it will spend
 * (rounded up to whole hundreds of roubles) and of the budget of what the week's free meals cost; before the year, a
 * first funding of each card. Every entry has its two postings; the journal entries take keys from their sequence
 * (each a whole block, as rows written outside the application must), so their postings, dishes and free meals can
 * name them; the purses' cached balances move by what was posted.
 */
final class YearWriter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssXXX");

    private final Connection db;
    private final School school;
    private final ZoneId zone;
    private final Map<String, Long> system = new HashMap<>();
    private final Map<Long, Long> balances = new HashMap<>();
    private final Map<Long, Long> cardOfCanteenPurse = new HashMap<>();
    private final List<Entry> entries = new ArrayList<>();
    private final StringBuilder passes = new StringBuilder();
    private long rows;

    /** A journal entry to be written, with what hangs on it. */
    private record Entry(String kind, OffsetDateTime at, Long card, String category, boolean atTill, long amount,
                         String description, String actor, long debit, long credit, List<Dish> dishes, String benefit) {
    }

    YearWriter(Connection db, School school, ZoneId zone) throws SQLException {
        this.db = db;
        this.school = school;
        this.zone = zone;
        try (PreparedStatement find = db.prepareStatement("SELECT system_code, id FROM account WHERE system_code IS NOT NULL");
             ResultSet row = find.executeQuery()) {
            while (row.next()) {
                system.put(row.getString(1), row.getLong(2));
            }
        }
        school.cards().forEach(card -> cardOfCanteenPurse.put(card.canteen(), card.id()));
    }

    /** The year of {@code days} (school days, oldest first); returns the rows written. */
    long write(List<LocalDate> days) throws SQLException {
        OffsetDateTime before = at(days.get(0).minusDays(1), 19 * 60);
        for (SchoolCard card : school.cards()) {
            topUp(before, card.id(), card.main(), 50_000, "benchmark first funding MAIN");
            topUp(before, card.id(), card.canteen(), 100_000, "benchmark first funding CANTEEN");
        }
        Map<LocalDate, List<LocalDate>> weeks = new TreeMap<>();
        for (LocalDate day : days) {
            weeks.computeIfAbsent(day.minusDays(day.getDayOfWeek().getValue() - 1), monday -> new ArrayList<>()).add(day);
        }
        for (Map.Entry<LocalDate, List<LocalDate>> week : weeks.entrySet()) {
            week(week.getKey().minusDays(1), week.getValue());
            flush();
        }
        try (PreparedStatement update = db.prepareStatement("UPDATE account SET balance_minor = balance_minor + ? WHERE id = ?")) {
            for (Map.Entry<Long, Long> balance : balances.entrySet()) {
                update.setLong(1, balance.getValue());
                update.setLong(2, balance.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
        return rows;
    }

    private void week(LocalDate sunday, List<LocalDate> days) {
        List<Entry> spending = new ArrayList<>();
        for (LocalDate day : days) {
            for (SchoolCard card : school.cards()) {
                DayPlan plan = card.staff() ? DayPlan.staff(card.n(), day)
                        : DayPlan.pupil(card.n(), day, card.benefit() != null, true);
                if (plan.present()) {
                    pass(card, day, "ENTRY", plan.entry());
                    pass(card, day, "EXIT", plan.exit());
                }
                for (DayPlan.Purchase purchase : plan.buys()) {
                    spending.add(purchase(card, day, purchase));
                }
            }
        }
        Map<Long, Long> spent = new HashMap<>();
        for (Entry purchase : spending) {
            spent.merge(purchase.debit(), purchase.amount(), Long::sum);
        }
        OffsetDateTime evening = at(sunday, 20 * 60);
        spent.forEach((purse, amount) -> {
            if (purse == school.budget()) {
                entries.add(new Entry("TOP_UP", evening.plusHours(1), null, null, false, amount, "benchmark meal budget",
                        "benchmark", purse, system.get("AGENT_SETTLEMENT"), List.of(), null));
            } else {
                topUp(evening, cardOfCanteenPurse.get(purse), purse, (amount + 9_999) / 10_000 * 10_000, "benchmark top-up CANTEEN");
            }
        });
        entries.addAll(spending);
    }

    private Entry purchase(SchoolCard card, LocalDate day, DayPlan.Purchase purchase) {
        Meal meal = purchase.meal();
        List<Dish> dishes = meal.dishes(day.getDayOfWeek());
        long amount = meal.price(day.getDayOfWeek());
        if (meal == Meal.FREE) {
            return new Entry("PURCHASE", at(day, purchase.minute()), card.id(), "FREE_MEAL", false, amount,
                    "Бесплатное питание (льгота: " + card.benefitName() + ")", "system:meals", school.budget(),
                    system.get("MERCHANT_PAYABLE"), dishes, card.benefit());
        }
        return new Entry("PURCHASE", at(day, purchase.minute()), card.id(), meal.category(day.getDayOfWeek()), true, amount,
                "Purchase at " + SchoolStructure.STATION, "terminal:" + SchoolStructure.TILL, card.canteen(),
                system.get("MERCHANT_PAYABLE"), dishes, null);
    }

    private void topUp(OffsetDateTime at, long card, long purse, long amount, String description) {
        entries.add(new Entry("TOP_UP", at, card, null, false, amount, description, "benchmark", purse,
                system.get("BANK_CARD_ACQUIRING"), List.of(), null));
    }

    private void pass(SchoolCard card, LocalDate day, String direction, int minute) {
        String at = TIME.format(at(day, minute));
        row(passes, card.id(), SchoolStructure.GATE, "bench-" + card.id() + "-" + day + "-" + direction, direction, at, at);
    }

    /** Writes the week: its entries with keys from their sequence, their postings, dishes and free meals, its passes. */
    private void flush() throws SQLException {
        List<Long> keys = keys(entries.size());
        StringBuilder journal = new StringBuilder();
        StringBuilder postings = new StringBuilder();
        StringBuilder dishes = new StringBuilder();
        StringBuilder freeMeals = new StringBuilder();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            long id = keys.get(i);
            String at = TIME.format(entry.at());
            row(journal, id, entry.kind(), at, entry.card(), school.contract(), entry.category(),
                    entry.atTill() ? SchoolStructure.STATION : null, entry.atTill() ? "RU-PRI" : null, entry.amount(), 0,
                    entry.description(), entry.actor());
            boolean spend = "PURCHASE".equals(entry.kind());
            long toPurse = spend ? -entry.amount() : entry.amount();
            row(postings, id, entry.debit(), "RUB", toPurse);
            row(postings, id, entry.credit(), "RUB", -toPurse);
            balances.merge(entry.debit(), toPurse, Long::sum);
            for (int line = 0; line < entry.dishes().size(); line++) {
                Dish dish = entry.dishes().get(line);
                row(dishes, id, line + 1, dish.name(), dish.category(), 1, dish.price());
            }
            if (entry.benefit() != null) {
                row(freeMeals, entry.card(), entry.at().atZoneSameInstant(zone).toLocalDate(), entry.benefit(), entry.amount(), id, at);
            }
        }
        copy("journal_entry (id, kind, booked_at, card_id, contract_id, category, station, region, amount_minor, "
                + "volume_milli, description, actor)", journal);
        copy("posting (entry_id, account_id, currency, amount_minor)", postings);
        copy("purchase_item (entry_id, line_no, name, category, quantity, price_minor)", dishes);
        copy("free_meal (card_id, meal_date, kind_code, amount_minor, entry_id, posted_at)", freeMeals);
        copy("attendance (card_id, terminal_id, event_id, direction, occurred_at, recorded_at)", passes);
        entries.clear();
        passes.setLength(0);
    }

    private List<Long> keys(int count) throws SQLException {
        List<Long> keys = new ArrayList<>(count);
        try (PreparedStatement next = db.prepareStatement("SELECT nextval('journal_entry_seq') FROM generate_series(1, ?)")) {
            next.setInt(1, count);
            try (ResultSet row = next.executeQuery()) {
                while (row.next()) {
                    keys.add(row.getLong(1));
                }
            }
        }
        return keys;
    }

    private void copy(String table, StringBuilder rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try {
            this.rows += db.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " FROM STDIN",
                    new StringReader(rows.toString()));
        } catch (java.io.IOException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private OffsetDateTime at(LocalDate day, int minute) {
        return day.atTime(minute / 60, minute % 60).atZone(zone).toOffsetDateTime();
    }

    /** One line of COPY's text format: tab-separated, \N for null, backslashes, tabs and line ends escaped. */
    static void row(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            if (values[i] == null) {
                out.append("\\N");
            } else {
                String text = values[i].toString();
                for (int c = 0; c < text.length(); c++) {
                    char ch = text.charAt(c);
                    switch (ch) {
                        case '\\' -> out.append("\\\\");
                        case '\t' -> out.append("\\t");
                        case '\n' -> out.append("\\n");
                        case '\r' -> out.append("\\r");
                        default -> out.append(ch);
                    }
                }
            }
        }
        out.append('\n');
    }
}
