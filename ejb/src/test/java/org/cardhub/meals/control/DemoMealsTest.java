package org.cardhub.meals.control;

import org.cardhub.schema.entity.SequenceKeys;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's canteens on the real migrations and demo scripts (H2 in its PostgreSQL mode): both schools publish a
 * menu every weekday for at least the next 14 school days, 6 to 10 dishes each with prices of 25 to 120 ₽; Петрова
 * Мария is a beneficiary of a large family; Школа № 7's meal budget holds 50 000 ₽ in a balanced entry; and running
 * the scripts again inserts nothing twice.
 */
class DemoMealsTest {

    private static final Path ROOT = Path.of("..");
    private static JdbcDataSource database;

    @BeforeAll
    static void migrateTwice() throws SQLException {
        database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        migrate();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE script = 'R__demo_school_with_meals.sql'");
        }
        migrate();
    }

    private static void migrate() {
        Flyway.configure().dataSource(database).locations("classpath:db/migration", "filesystem:" + ROOT.resolve("server-config/demo"))
                .javaMigrations(new SequenceKeys()).load().migrate();
    }

    @Test
    void bothSchoolsPublishAMenuEveryWeekdayForTheNextFourteenSchoolDaysAtLeast() throws SQLException {
        LocalDate today = LocalDate.parse(rows("SELECT CURRENT_DATE").get(0));
        List<LocalDate> schoolDays = new ArrayList<>();
        for (LocalDate day = today.plusDays(1); schoolDays.size() < 14; day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                schoolDays.add(day);
            }
        }
        for (String school : List.of("2520123450", "7728003458")) {
            List<String> dates = rows("SELECT m.menu_date FROM menu m JOIN organization o ON o.id = m.organization_id "
                    + "WHERE o.inn = '" + school + "' AND m.status = 'PUBLISHED' AND m.menu_date > CURRENT_DATE ORDER BY m.menu_date");
            assertThat(dates).as("school %s", school).containsAll(schoolDays.stream().map(LocalDate::toString).toList())
                    .noneMatch(date -> LocalDate.parse(date).getDayOfWeek().getValue() > 5).doesNotHaveDuplicates();
        }
        assertThat(rows("SELECT COUNT(*) FROM dish GROUP BY menu_id HAVING COUNT(*) NOT BETWEEN 6 AND 10")).isEmpty();
        assertThat(rows("SELECT COUNT(*) FROM dish WHERE price_minor NOT BETWEEN 2500 AND 12000")).containsExactly("0");
        assertThat(rows("SELECT COUNT(*) FROM (SELECT menu_id, position FROM dish GROUP BY menu_id, position HAVING COUNT(*) > 1) d"))
                .containsExactly("0");
        assertThat(rows("SELECT DISTINCT category FROM dish ORDER BY category")).containsExactly("BUFFET", "DRINK", "HOT_MEAL");
    }

    @Test
    void mariaIsABeneficiaryOfALargeFamilyAndSchoolSevensMealBudgetHoldsFiftyThousandRoubles() throws SQLException {
        assertThat(rows("SELECT b.kind_code FROM meal_benefit b JOIN card k ON k.id = b.card_id WHERE k.school_contract_number = '10000002'"))
                .containsExactly("LARGE_FAMILY");
        assertThat(rows("SELECT COUNT(*) FROM meal_benefit")).as("Мария, all of 1А and 3Б, one pupil of 7В and one of 9А")
                .containsExactly("12");
        assertThat(rows("SELECT a.balance_minor FROM account a JOIN contract c ON c.id = a.contract_id "
                + "WHERE c.number = 'S-00000001' AND a.card_id IS NULL AND a.purpose = 'CANTEEN'")).containsExactly("5000000");
        assertThat(rows("SELECT SUM(p.amount_minor) || '/' || COUNT(*) FROM posting p JOIN journal_entry e ON e.id = p.entry_id "
                + "WHERE e.description = 'demo: funding of the meal budget of S-00000001'")).containsExactly("0/2");
        assertThat(rows("SELECT COUNT(*) FROM canteen_settings")).containsExactly("2");
    }

    private static List<String> rows(String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(query)) {
            while (result.next()) {
                values.add(result.getString(1));
            }
        }
        return values;
    }
}
