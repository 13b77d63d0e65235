package org.cardhub.tools.school;

import org.cardhub.secrets.SecretVault;
import org.cardhub.tools.options.CommandLine;
import org.cardhub.tools.simulator.BenchmarkData;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The school staff's cabinets benchmark data (issue 22), written straight into Cardhub's PostgreSQL database the way
 * the application stores it: the school «Школа-бенчмарк № 22» of {@value SchoolStructure#CONTRACT}, 1 500 pupils in 50
 * classes and 30 staff, its canteen supplier ({@link SchoolStructure}), and a school year of events — the school days
 * of the last 365 days ({@link SchoolCalendar}), each pupil's passes, purchases and free meals ({@link DayPlan}), the
 * weekly top-ups ({@link YearWriter}) — some 1.5 million rows with the dishes, by COPY, in one transaction. A second run
 * finds the contract and leaves it as it is. Writes the file of 1 500 pupils for the import too, when asked.
 *
 * <pre>
 * SchoolBenchmarkData --db-url jdbc:postgresql://… [--db-user …] [--db-password …] [--days 365]
 *                     [--import-file PATH] [--key-encryption-key BASE64]
 * </pre>
 */
public final class SchoolBenchmarkData {

    private static final String DEMO_KEY = "A7pGaTrlrsrokkojyVwQTyXEEwa7he9pwtyPAfPY2e8=";

    private static final CommandLine COMMAND_LINE = new CommandLine(Map.of(
            "db-url", "URL         Cardhub's PostgreSQL database (JDBC URL)",
            "db-user", "NAME        its user",
            "db-password", "SECRET      its password",
            "days", "N           the school days among the N days before today [365]",
            "import-file", "PATH        also write the file of 1 500 pupils to import there",
            "key-encryption-key", "BASE64      the installation's key [the demo installation's]"), Set.of());

    private SchoolBenchmarkData() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = COMMAND_LINE.valuesOrExit("school-benchmark-data", args, "db-url");
        int days = Integer.parseInt(options.getOrDefault("days", "365"));
        if (options.containsKey("import-file")) {
            ImportFile.write(Path.of(options.get("import-file")), People.PUPILS);
            System.out.println("school benchmark data: " + People.PUPILS + " pupils to import in " + options.get("import-file"));
        }
        SecretVault vault = BenchmarkData.vault(options.getOrDefault("key-encryption-key", DEMO_KEY));
        ZoneId zone = ZoneId.of(SchoolStructure.ZONE);
        try (Connection db = DriverManager.getConnection(options.get("db-url"), options.getOrDefault("db-user", ""),
                options.getOrDefault("db-password", ""))) {
            db.setAutoCommit(false);
            Long existing = contract(db);
            if (existing != null) {
                report(db, existing, "is there already");
                return;
            }
            long started = System.nanoTime();
            List<LocalDate> schoolDays = SchoolCalendar.schoolDaysBefore(LocalDate.now(zone), days);
            OffsetDateTime since = schoolDays.get(0).minusDays(3).atStartOfDay(zone).toOffsetDateTime();
            SchoolStructure.School school = SchoolStructure.create(db, vault, since);
            long rows = new YearWriter(db, school, zone).write(schoolDays);
            db.commit();
            report(db, school.contract(), "written in " + (System.nanoTime() - started) / 1_000_000_000 + " s (" + rows
                    + " rows by COPY, " + schoolDays.size() + " school days from " + schoolDays.get(0) + " to "
                    + schoolDays.get(schoolDays.size() - 1) + ")");
        }
    }

    private static Long contract(Connection db) throws SQLException {
        try (PreparedStatement find = db.prepareStatement("SELECT id FROM contract WHERE number = ?")) {
            find.setString(1, SchoolStructure.CONTRACT);
            try (ResultSet row = find.executeQuery()) {
                return row.next() ? row.getLong(1) : null;
            }
        }
    }

    private static void report(Connection db, long contract, String how) throws SQLException {
        System.out.printf("school benchmark data: %s %s: %d cards, %d journal entries, %d postings, %d dishes, %d free meals, "
                        + "%d passes%n", SchoolStructure.CONTRACT, how,
                count(db, "SELECT COUNT(*) FROM card WHERE contract_id = ?", contract),
                count(db, "SELECT COUNT(*) FROM journal_entry WHERE contract_id = ?", contract),
                count(db, "SELECT COUNT(*) FROM posting p JOIN journal_entry e ON e.id = p.entry_id WHERE e.contract_id = ?", contract),
                count(db, "SELECT COUNT(*) FROM purchase_item i JOIN journal_entry e ON e.id = i.entry_id WHERE e.contract_id = ?", contract),
                count(db, "SELECT COUNT(*) FROM free_meal f JOIN card c ON c.id = f.card_id WHERE c.contract_id = ?", contract),
                count(db, "SELECT COUNT(*) FROM attendance a JOIN card c ON c.id = a.card_id WHERE c.contract_id = ?", contract));
    }

    private static long count(Connection db, String sql, long contract) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(sql)) {
            select.setLong(1, contract);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
