package org.cardhub.it.core;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.TemporaryQueue;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.contracts.entity.BalanceModel;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.Funding;
import org.cardhub.it.core.TerminalLine.Sender;
import org.cardhub.ledger.boundary.Bookkeeping;
import org.cardhub.ledger.entity.LedgerCheck;
import org.cardhub.terminals.boundary.Terminals;
import org.cardhub.terminals.entity.TerminalKind;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Terminal events that arrive together are decided in groups, one transaction each (README, "Group commit"): on one
 * hot contract account nothing is overdrawn, every event posts at most once, a repeated event gets its first reply,
 * an unsigned message in the crowd is refused without touching the rest, and the books agree.
 */
@ExtendWith(ArquillianExtension.class)
class TerminalGroupsIT {

    private static final int CARDS = 8;
    private static final int PURCHASES_PER_CARD = 6;
    private static final long PRICE_MINOR = 25_00;
    /** Enough for 40 of the 48 purchases. */
    private static final String FUNDS = "1000.00";

    @Deployment
    static EnterpriseArchive deployment() {
        return CoreTestDeployment.shared();
    }

    @EJB
    BackOffice backOffice;

    @EJB
    Fixtures fixtures;

    @EJB
    Terminals terminals;

    @EJB
    Bookkeeping bookkeeping;

    @Resource(lookup = "jms/cardhubConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/TerminalEvents")
    Queue terminalEvents;

    @Resource(lookup = "jdbc/cardhub")
    DataSource dataSource;

    @Test
    void purchasesArrivingTogetherOnOneContractAreDecidedInGroupsPostOnceEachAndNeverOverdrawIt() throws Exception {
        Sender pos = terminal();
        long company = backOffice.call(() -> fixtures.company("Europe/Moscow"));
        Contract contract = backOffice.call(() -> fixtures.activeFuelContract(company, BalanceModel.POOLED, Funding.PREPAID, "0"));
        List<Card> cards = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.VEHICLE, CARDS));
        backOffice.call(() -> fixtures.topUpContract(contract.number(), FUNDS));
        TerminalLine line = new TerminalLine(connectionFactory, terminalEvents);

        List<String> texts = new ArrayList<>();
        for (Card card : cards) {
            String pan = backOffice.call(() -> fixtures.numberOf(card.id()));
            for (int i = 0; i < PURCHASES_PER_CARD; i++) {
                texts.add(TerminalLine.event(pos, UUID.randomUUID().toString(), "PURCHASE").add("card", pan)
                        .add("amount", "25.00").add("product", "AI-95").build().toString());
            }
        }
        List<String> repeated = texts.subList(0, 6);
        List<JsonObject> replies = new ArrayList<>();
        try (JMSContext context = connectionFactory.createContext()) {
            TemporaryQueue replyQueue = context.createTemporaryQueue();
            // all sent before any reply is awaited, so they reach the listener together
            texts.forEach(text -> line.signedAndSentReplyingTo(pos, text, replyQueue));
            repeated.forEach(text -> line.signedAndSentReplyingTo(pos, text, replyQueue));
            line.sentReplyingTo(pos.id(), "not-a-signature", texts.get(7), replyQueue);
            try (JMSConsumer consumer = context.createConsumer(replyQueue)) {
                for (int i = 0; i < texts.size() + repeated.size() + 1; i++) {
                    String reply = consumer.receiveBody(String.class, 90_000);
                    assertThat(reply).as("reply %s of %s within 90 s", i + 1, texts.size() + repeated.size() + 1).isNotNull();
                    replies.add(json(reply));
                }
            }
        }

        Map<String, List<String>> outcomesByEvent = new HashMap<>();
        int approved = 0;
        int signatureRefused = 0;
        for (JsonObject reply : replies) {
            if ("BAD_SIGNATURE".equals(reply.getString("code", null))) {
                signatureRefused++;
                continue;
            }
            assertThat(reply.getString("status") + " " + reply.getString("code", ""))
                    .isIn("APPROVED OK", "DECLINED INSUFFICIENT_FUNDS");
            List<String> outcomes = outcomesByEvent.computeIfAbsent(reply.getString("eventId"), id -> new ArrayList<>());
            outcomes.add(outcomeOf(reply));
            if (outcomes.size() == 1 && reply.getString("status").equals("APPROVED")) {
                approved++;
            }
        }
        assertThat(signatureRefused).isEqualTo(1);
        assertThat(outcomesByEvent).hasSize(texts.size());
        assertThat(outcomesByEvent.values()).as("a repeated event gets its first reply again")
                .allMatch(outcomes -> outcomes.stream().distinct().count() == 1);
        assertThat(approved).isEqualTo(40);
        assertThat(number("SELECT COUNT(*) FROM journal_entry WHERE contract_id = ? AND kind = 'PURCHASE'", contract.id())).isEqualTo(40);
        assertThat(number("SELECT SUM(amount_minor) FROM journal_entry WHERE contract_id = ? AND kind = 'PURCHASE'", contract.id()))
                .isEqualTo(40 * PRICE_MINOR);
        LedgerCheck check = backOffice.call(() -> bookkeeping.check());
        assertThat(check.disagreements()).isEmpty();
        assertThat(check.postingSums().values()).allMatch(sum -> sum == 0);
        if (onPostgreSql()) {
            // rows written by one transaction share its id (xmin): fewer transactions than purchases means groups
            assertThat(number("SELECT COUNT(DISTINCT xmin::text) FROM journal_entry WHERE contract_id = ? AND kind = 'PURCHASE'",
                    contract.id())).as("transactions that posted the 40 purchases").isLessThan(40);
        }
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static String outcomeOf(JsonObject reply) {
        return reply.getString("status") + " " + reply.getString("code", "") + " " + reply.getString("authCode", "");
    }

    private Sender terminal() {
        String id = "FUEL-G" + ThreadLocalRandom.current().nextInt(1_000_000);
        Terminals.Registered registered = backOffice.call(() -> terminals.register(id, TerminalKind.FUEL_POS, null,
                "Test site", "AZS-17", "RU-MOW"));
        return new Sender(registered.terminal().id(), registered.signingKey());
    }

    private boolean onPostgreSql() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
        }
    }

    private long number(String sql, long parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
