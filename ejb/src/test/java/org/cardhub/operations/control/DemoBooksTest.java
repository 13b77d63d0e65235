package org.cardhub.operations.control;

import org.cardhub.operations.entity.LedgerFindings;
import org.cardhub.schema.entity.SequenceKeys;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's books, as its scripts write them, pass the ledger check: otherwise the readiness check would go DOWN five
 * minutes after every demo start, and the launcher's and tests' health with it.
 */
class DemoBooksTest {

    @Test
    void theDemoDataPassesTheLedgerCheck() throws Exception {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(database).locations("classpath:db/migration", "filesystem:" + Path.of("..", "server-config", "demo"))
                .javaMigrations(new SequenceKeys()).load().migrate();

        try (Connection db = database.getConnection()) {
            LedgerFindings findings = new LedgerAudit(20).check(db);

            assertThat(findings.firstProblems()).isEmpty();
            assertThat(findings.isSound()).isTrue();
            assertThat(findings.entriesChecked()).isPositive();
            assertThat(findings.accountsChecked()).isPositive();
        }
    }
}
