package org.cardhub.it.core;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Queue;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.mail.internet.MimeMessage;
import org.cardhub.cards.boundary.Cards;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.contracts.boundary.Contracts;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.it.MailBox;
import org.cardhub.ledger.boundary.Bookkeeping;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.payments.boundary.Payments;
import org.cardhub.payments.entity.Spend;
import org.cardhub.cards.entity.CardRef;
import org.cardhub.terminals.boundary.Terminals;
import org.cardhub.terminals.control.MessageSignature;
import org.cardhub.terminals.entity.TerminalKind;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Parents hear about the school day by email through a real SMTP server (the demo mail server the launcher
 * runs, which the mail session sends to; the parent's mailbox read over IMAP), as they chose for each child and kind of
 * event: one message per event however often the terminal repeats it, none for an event that was rolled back, none
 * for a parent who did not ask, and none about passes and purchases for a parent who chose nothing (the defaults).
 */
@ExtendWith(ArquillianExtension.class)
class SchoolNotificationsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return CoreTestDeployment.shared();
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
    Payments payments;

    @EJB
    Bookkeeping bookkeeping;

    @Resource(lookup = "jms/cardhubConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/TerminalEvents")
    Queue terminalEvents;

    @Resource(lookup = "jdbc/cardhub")
    DataSource dataSource;

    private String parentEmail;

    @BeforeEach
    void newParentAddress() {
        parentEmail = "parent-" + UUID.randomUUID() + "@example.org";
    }

    @Test
    void aParentGetsOneEmailPerPassAndPurchaseAndNoneForARolledBackOne() throws Exception {
        Card pupil = pupilWithParent("notify-" + UUID.randomUUID(), true);
        Terminals.Registered gate = backOffice.call(() -> terminals.register("GATE-T" + ThreadLocalRandom.current().nextInt(1_000_000),
                TerminalKind.TURNSTILE, null, "Школа", "SCHOOL-T", "RU-PRI"));
        String entry = UUID.randomUUID().toString();

        send(gate, entry, "ENTRY", pupil.barcode());
        send(gate, entry, "ENTRY", pupil.barcode());
        payments.purchase(Fixtures.key("terminal:CANTEEN-T"), new Spend(CardRef.id(pupil.id()), Amount.parse("70.00", Currency.RUB),
                null, null, "HOT_MEAL", null, null, Instant.now(), List.of(
                new Spend.Item("Борщ", "HOT_MEAL", 1, Amount.parse("45.00", Currency.RUB)),
                new Spend.Item("Компот", "DRINK", 2, Amount.parse("12.50", Currency.RUB)))), "terminal:CANTEEN-T");
        backOffice.run(() -> bookkeeping.closeMonth(pupil.contractId(), YearMonth.now(ZoneId.of("Asia/Vladivostok"))));
        Throwable refused = catchThrowable(() -> payments.purchase(Fixtures.key("terminal:CANTEEN-T"),
                new Spend(CardRef.id(pupil.id()), Amount.parse("10.00", Currency.RUB), null, null, "BUFFET", null, null,
                        Instant.now()), "terminal:CANTEEN-T"));

        assertThat(refused).as("the purchase into a closed month rolls back").isNotNull();
        assertThat(MailBox.awaitMailsTo(parentEmail, 2, Duration.ofSeconds(20))).hasSize(2);
        Thread.sleep(4_000);
        MimeMessage[] received = MailBox.mailsTo(parentEmail).toArray(MimeMessage[]::new);
        assertThat(received).hasSize(2);
        assertThat(received).extracting(MimeMessage::getSubject)
                .anySatisfy(subject -> assertThat(subject).startsWith(pupil.holderName() + " пришёл в школу в"))
                .anySatisfy(subject -> assertThat(subject).isEqualTo("Покупка 70.00 ₽ — " + pupil.holderName()));
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo(parentEmail);
        String purchase = bodyOf(received, "Покупка");
        assertThat(purchase).contains("Борщ × 1 — 45.00 ₽").contains("Компот × 2 — 12.50 ₽").contains("Остаток: 130.00 ₽");
        assertThat(count("SELECT COUNT(*) FROM outbox_message WHERE recipient = ? AND status = 'SENT'", parentEmail)).isEqualTo(2);
    }

    @Test
    void aParentWhoTurnedEmailOffGetsNone() throws Exception {
        Card pupil = pupilWithParent("quiet-" + UUID.randomUUID(), false);

        payments.purchase(Fixtures.key("terminal:CANTEEN-T"), new Spend(CardRef.id(pupil.id()), Amount.parse("20.00", Currency.RUB),
                null, null, "HOT_MEAL", null, null, Instant.now()), "terminal:CANTEEN-T");
        Thread.sleep(5_000);

        assertThat(MailBox.mailsTo(parentEmail)).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM outbox_message WHERE recipient = ?", parentEmail)).isZero();
    }

    @Test
    void aParentWhoChoseNothingHearsOfNoPurchaseByDefault() throws Exception {
        Card pupil = pupilWithParent("defaults-" + UUID.randomUUID(), true);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement forget = connection.prepareStatement("DELETE FROM notification_choice WHERE card_id = ?")) {
            forget.setLong(1, pupil.id());
            forget.executeUpdate();
        }

        payments.purchase(Fixtures.key("terminal:CANTEEN-T"), new Spend(CardRef.id(pupil.id()), Amount.parse("20.00", Currency.RUB),
                null, null, "HOT_MEAL", null, null, Instant.now()), "terminal:CANTEEN-T");
        Thread.sleep(5_000);

        assertThat(count("SELECT COUNT(*) FROM outbox_message WHERE recipient = ?", parentEmail)).isZero();
    }

    /**
     * A pupil with 200 ₽ and a parent with an address of this test's own, who chose email about passes and purchases for
     * this child ({@code byEmail}) or turned every kind of notice about it off.
     */
    private Card pupilWithParent(String parent, boolean byEmail) throws SQLException {
        long school = backOffice.call(() -> fixtures.company("Asia/Vladivostok"));
        Contract contract = backOffice.call(() -> contracts.activate(contracts.openSchool(school).id(), "signed"));
        Card pupil = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.PUPIL, 1)).get(0);
        backOffice.call(() -> fixtures.topUpCard(pupil.id(), "200.00"));
        backOffice.run(() -> cards.addGuardian(pupil.id(), parent));
        // One statement open at a time: once in CI the first of two open statements was found closed by the time it was
        // used ("This statement has been closed"), most likely by Payara's per-connection statement cache.
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement address = connection.prepareStatement(
                    "INSERT INTO notification_preference (subject, email) VALUES (?, ?)")) {
                address.setString(1, parent);
                address.setString(2, parentEmail);
                address.executeUpdate();
            }
            try (PreparedStatement choice = connection.prepareStatement("INSERT INTO notification_choice "
                    + "(subject, card_id, topic, by_email, by_sms, by_push) VALUES (?, ?, ?, ?, FALSE, FALSE)")) {
                for (String topic : List.of("ENTRY_EXIT", "PURCHASE", "TOP_UP", "LOW_BALANCE", "CARD", "MEAL_ORDER", "PAYMENT_FAILED")) {
                    choice.setString(1, parent);
                    choice.setLong(2, pupil.id());
                    choice.setString(3, topic);
                    choice.setBoolean(4, byEmail && (topic.equals("ENTRY_EXIT") || topic.equals("PURCHASE")));
                    choice.executeUpdate();
                }
            }
        }
        return pupil;
    }

    private void send(Terminals.Registered terminal, String eventId, String type, String card) throws JMSException {
        String text = Json.createObjectBuilder().add("v", 1).add("eventId", eventId).add("terminalId", terminal.terminal().id())
                .add("type", type).add("occurredAt", OffsetDateTime.now().toString()).add("card", card).build().toString();
        try (JMSContext context = connectionFactory.createContext()) {
            TemporaryQueue replies = context.createTemporaryQueue();
            TextMessage message = context.createTextMessage(text);
            message.setStringProperty("terminalId", terminal.terminal().id());
            message.setStringProperty("signature", MessageSignature.of(text, terminal.signingKey()));
            message.setJMSReplyTo(replies);
            context.createProducer().send(terminalEvents, message);
            try (JMSConsumer consumer = context.createConsumer(replies)) {
                assertThat(consumer.receiveBody(String.class, 30_000)).contains("ACCEPTED");
            }
        }
    }

    private static String bodyOf(MimeMessage[] messages, String subjectStart) throws Exception {
        for (MimeMessage message : messages) {
            if (message.getSubject().startsWith(subjectStart)) {
                return message.getContent().toString();
            }
        }
        throw new AssertionError("no message " + subjectStart);
    }

    private long count(String sql, String parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
