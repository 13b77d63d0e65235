package org.cardhub.it.core;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.cardhub.contracts.entity.BalanceModel;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.Funding;
import org.cardhub.it.MailBox;
import org.cardhub.notifications.boundary.OperationsNotices;
import org.cardhub.operations.boundary.LedgerWatch;
import org.cardhub.operations.entity.LedgerStatus;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The continuous ledger check on the real database: a test-owned contract's cached balance corrupted by one kopeck
 * behind the ledger's back is found — exactly that account —, the readiness check {@code ledger} and with it
 * {@code /health} go DOWN, operations get one mail (a second broken run queues none); the balance restored and the
 * check run again, {@code /health} is UP. The balance is always restored, so the books are sound for the tests after.
 */
@ExtendWith(ArquillianExtension.class)
class LedgerWatchIT {

    private static final String HEALTH = "http://localhost:8080/health";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment
    static EnterpriseArchive deployment() {
        return CoreTestDeployment.shared();
    }

    @EJB
    BackOffice backOffice;

    @EJB
    Fixtures fixtures;

    @EJB
    LedgerWatch ledger;

    @Resource(lookup = "jdbc/cardhub")
    DataSource dataSource;

    @Test
    void aCorruptedCachedBalanceTurnsHealthDownAndMailsOperationsOnceUntilItIsRestored() throws Exception {
        String operations = ConfigProvider.getConfig().getOptionalValue("cardhub.operations.email", String.class)
                .orElse(OperationsNotices.DEFAULT_ADDRESS);
        long company = backOffice.call(() -> fixtures.company("Europe/Moscow"));
        Contract contract = backOffice.call(() -> fixtures.activeFuelContract(company, BalanceModel.POOLED, Funding.PREPAID, "0"));
        assertThat(backOffice.call(() -> fixtures.topUpContract(contract.number(), "100.00")).isApproved()).isTrue();
        long account = number("SELECT id FROM account WHERE contract_id = ? AND card_id IS NULL AND purpose = 'MAIN' "
                + "AND currency = 'RUB'", contract.id());
        long balance = number("SELECT balance_minor FROM account WHERE id = ?", account);
        assertThat(backOffice.call(() -> ledger.runNow()).isSound()).as("the books balance before the test").isTrue();
        int mailsBefore = MailBox.mailsTo(operations).size();
        long queuedBefore = number("SELECT COUNT(*) FROM outbox_message WHERE recipient = ?", operations);

        update("UPDATE account SET balance_minor = balance_minor + 1 WHERE id = ?", account);
        try {
            LedgerStatus broken = backOffice.call(() -> ledger.runNow());

            assertThat(broken.problems()).isEqualTo(1);
            assertThat(text("SELECT problems FROM ledger_check_run WHERE id = ?", broken.runId()))
                    .isEqualTo("BALANCE " + account + " RUB " + (balance + 1) + " " + balance);
            HttpResponse<String> health = healthWithin(503, Duration.ofSeconds(20));
            assertThat(health.statusCode()).isEqualTo(503);
            JsonObject down = Json.createReader(new StringReader(health.body())).readObject();
            assertThat(down.getString("status")).isEqualTo("DOWN");
            assertThat(down.getJsonArray("checks").getValuesAs(JsonObject.class))
                    .anySatisfy(check -> {
                        assertThat(check.getString("name")).isEqualTo("ledger");
                        assertThat(check.getString("status")).isEqualTo("DOWN");
                    });

            List<MimeMessage> mails = MailBox.awaitMailsTo(operations, mailsBefore + 1, Duration.ofSeconds(30));
            assertThat(mails).as("the operations mail to " + operations).hasSize(mailsBefore + 1);
            MimeMessage alert = mails.get(mails.size() - 1);
            assertThat(alert.getSubject()).contains("книги не сходятся");
            assertThat(MailBox.textOf(alert)).contains("Счёт " + account + " (RUB): остаток в счёте "
                    + BigDecimal.valueOf(balance + 1, 2).toPlainString() + ", по проводкам " + BigDecimal.valueOf(balance, 2).toPlainString());

            assertThat(backOffice.call(() -> ledger.runNow()).problems()).as("still broken").isEqualTo(1);
            assertThat(number("SELECT COUNT(*) FROM outbox_message WHERE recipient = ?", operations))
                    .as("one mail while the books stay broken").isEqualTo(queuedBefore + 1);
        } finally {
            update("UPDATE account SET balance_minor = balance_minor - 1 WHERE id = ?", account);
            backOffice.call(() -> ledger.runNow());
        }

        assertThat(backOffice.call(() -> ledger.status()).isSound()).isTrue();
        assertThat(healthWithin(200, Duration.ofSeconds(20)).statusCode()).as("/health UP again").isEqualTo(200);
    }

    private static HttpResponse<String> health() throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(HEALTH)).timeout(Duration.ofSeconds(20)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Every node's word comes from the recorded runs within a few seconds (the application's own watch reads the newest
     * run every 5 s): asked again until {@code status} or out of patience.
     */
    private static HttpResponse<String> healthWithin(int status, Duration patience) throws Exception {
        Instant deadline = Instant.now().plus(patience);
        HttpResponse<String> health = health();
        while (health.statusCode() != status && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            health = health();
        }
        return health;
    }

    private long number(String sql, Object... parameters) throws SQLException {
        return Long.parseLong(text(sql, parameters));
    }

    private String text(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private void update(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
    }
}
