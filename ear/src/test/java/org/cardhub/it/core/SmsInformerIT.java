package org.cardhub.it.core;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.mail.internet.MimeMessage;
import org.cardhub.terminals.boundary.Terminals;
import org.cardhub.terminals.entity.TerminalKind;
import org.cardhub.cards.boundary.Cards;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardRef;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.contracts.boundary.Contracts;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.it.MailBox;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.notifications.boundary.Notifications;
import org.cardhub.notifications.boundary.SmsInformerTimer;
import org.cardhub.notifications.boundary.SmsInformers;
import org.cardhub.notifications.entity.Addresses;
import org.cardhub.notifications.entity.Channels;
import org.cardhub.notifications.entity.ChildChoices;
import org.cardhub.notifications.entity.InformerOutcome;
import org.cardhub.notifications.entity.NotificationPreference.Topic;
import org.cardhub.notifications.entity.SettingsChange;
import org.cardhub.notifications.entity.SmsInformerPrice;
import org.cardhub.payments.boundary.Payments;
import org.cardhub.payments.entity.OperationKey;
import org.cardhub.payments.entity.Outcome;
import org.cardhub.payments.entity.Spend;
import org.cardhub.school.boundary.AttendanceLog;
import org.cardhub.school.entity.Attendance;
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
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The paid SMS informer on the real boundaries and database, with mail through the demo mail server: connecting charges
 * the rest of the school's month once; the monthly sweep, run twice, charges a new month once; a main purse that cannot
 * pay suspends the informer, tells the parent by email and stops its SMS until the parent resumes it, paying then; and
 * a low-balance threshold tells the parent once per crossing. The parent is {@code parent} ({@link AsParent}), with an
 * address of each test's own.
 */
@ExtendWith(ArquillianExtension.class)
class SmsInformerIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Vladivostok");
    private static final Amount MONTHLY = rub("60.00");
    private static final String PARENT = "parent";

    @Deployment
    static EnterpriseArchive deployment() {
        return CoreTestDeployment.shared();
    }

    @EJB
    BackOffice backOffice;

    @EJB
    Terminals terminals;

    private String gate;

    @EJB
    AsParent asParent;

    @EJB
    Fixtures fixtures;

    @EJB
    Contracts contracts;

    @EJB
    Cards cards;

    @EJB
    Payments payments;

    @EJB
    SmsInformers informers;

    @EJB
    SmsInformerTimer timer;

    @EJB
    Notifications notifications;

    @EJB
    AttendanceLog attendance;

    @Resource(lookup = "jdbc/cardhub")
    DataSource dataSource;

    private String parentEmail;

    private static Amount rub(String value) {
        return Amount.parse(value, Currency.RUB);
    }

    @BeforeEach
    void theParentHasAnAddressOfThisTestsOwn() throws SQLException {
        parentEmail = "informer-" + UUID.randomUUID() + "@example.org";
        if (update("UPDATE notification_preference SET email = ?, phone = '+79001234567' WHERE subject = ?", parentEmail, PARENT) == 0) {
            update("INSERT INTO notification_preference (subject, email, phone) VALUES (?, ?, '+79001234567')", PARENT, parentEmail);
        }
    }

    @Test
    void connectingChargesTheRestOfTheSchoolsMonthOnce() throws Exception {
        Card pupil = pupilOfParent("500.00");
        LocalDate today = LocalDate.now(ZONE);
        Amount expected = SmsInformerPrice.prorate(MONTHLY, SmsInformerPrice.daysLeft(today), today.lengthOfMonth());

        InformerOutcome first = asParent.call(() -> informers.connect(pupil.id()));
        InformerOutcome again = asParent.call(() -> informers.connect(pupil.id()));

        assertThat(first.result()).isEqualTo(InformerOutcome.Result.CONNECTED);
        assertThat(first.charged()).isEqualTo(expected);
        assertThat(again.result()).isEqualTo(InformerOutcome.Result.ALREADY_CONNECTED);
        assertThat(charges(pupil)).singleElement().satisfies(charge -> assertThat(charge)
                .startsWith(expected.minorUnits() + " SMS-информирование, "));
        assertThat(text("SELECT status || ' ' || paid_month FROM sms_informer WHERE card_id = ?", pupil.id()))
                .isEqualTo("ACTIVE " + YearMonth.from(today));
        assertThat(text("SELECT CAST(balance_minor AS VARCHAR(20)) FROM account WHERE card_id = ? AND purpose = 'MAIN'", pupil.id()))
                .isEqualTo(Long.toString(50000 - expected.minorUnits()));
        assertThat(text("SELECT CAST(COUNT(*) AS VARCHAR(20)) FROM posting p JOIN account a ON a.id = p.account_id "
                + "JOIN journal_entry e ON e.id = p.entry_id WHERE e.card_id = ? AND a.system_code = 'SERVICE_REVENUE'", pupil.id()))
                .isEqualTo("1");
    }

    @Test
    void theMonthlySweepRunTwiceChargesTheNewMonthOnce() throws Exception {
        Card pupil = pupilOfParent("500.00");
        YearMonth month = YearMonth.now(ZONE);
        connectedAndPaidThrough(pupil, month.minusMonths(1));

        timer.sweep(Instant.now());
        timer.sweep(Instant.now());

        assertThat(charges(pupil)).singleElement().satisfies(charge -> assertThat(charge)
                .startsWith("6000 SMS-информирование, ").doesNotContain(" дн."));
        assertThat(text("SELECT status || ' ' || paid_month FROM sms_informer WHERE card_id = ?", pupil.id()))
                .isEqualTo("ACTIVE " + month);
        assertThat(text("SELECT CAST(balance_minor AS VARCHAR(20)) FROM account WHERE card_id = ? AND purpose = 'MAIN'", pupil.id()))
                .isEqualTo("44000");
    }

    @Test
    void aPurseThatCannotPaySuspendsTheInformerTellsTheParentAndStopsItsSmsUntilResumed() throws Exception {
        Card pupil = pupilOfParent("0.00");
        update("INSERT INTO notification_choice (subject, card_id, topic, by_email, by_sms, by_push) "
                + "VALUES (?, ?, 'ENTRY_EXIT', FALSE, TRUE, FALSE)", PARENT, pupil.id());
        connectedAndPaidThrough(pupil, YearMonth.now(ZONE).minusMonths(1));
        assertThat(smsAboutAPass(pupil)).as("SMS while connected").isEqualTo(1);

        timer.sweep(Instant.now());

        assertThat(text("SELECT status || ' ' || suspend_reason FROM sms_informer WHERE card_id = ?", pupil.id()))
                .isEqualTo("SUSPENDED INSUFFICIENT_FUNDS");
        assertThat(charges(pupil)).isEmpty();
        MailBox.awaitMailsTo(parentEmail, 1, Duration.ofSeconds(30));
        assertThat(mailsAbout(pupil)).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).isEqualTo("SMS-информирование приостановлено — " + pupil.holderName());
            assertThat(MailBox.textOf(mail)).contains("60,00\u00a0₽").contains("возобновите");
        });
        assertThat(smsAboutAPass(pupil)).as("no SMS while suspended").isZero();

        backOffice.call(() -> fixtures.topUpCard(pupil.id(), "100.00"));
        LocalDate today = LocalDate.now(ZONE);
        InformerOutcome resumed = asParent.call(() -> informers.connect(pupil.id()));

        assertThat(resumed.result()).isEqualTo(InformerOutcome.Result.CONNECTED);
        assertThat(resumed.charged()).as("the rest of the month, paid on resuming")
                .isEqualTo(SmsInformerPrice.prorate(MONTHLY, SmsInformerPrice.daysLeft(today), today.lengthOfMonth()));
        assertThat(text("SELECT status FROM sms_informer WHERE card_id = ?", pupil.id())).isEqualTo("ACTIVE");
        assertThat(charges(pupil)).hasSize(1);
        assertThat(smsAboutAPass(pupil)).as("SMS again once resumed").isEqualTo(1);
    }

    @Test
    void aLowBalanceThresholdTellsTheParentOncePerCrossing() throws Exception {
        Card pupil = pupilOfParent("150.00");
        asParent.call(() -> {
            notifications.saveMySettings(new SettingsChange(new Addresses(parentEmail, null, null), List.of(new ChildChoices(
                    pupil.id(), Map.of(Topic.LOW_BALANCE, Channels.emailOnly()), Map.of(AccountPurpose.MAIN, rub("100.00"))))));
            return null;
        });
        OperationKey firstPurchase = Fixtures.key("terminal:BUS-IT");

        spend(pupil, firstPurchase, "60.00");
        spend(pupil, firstPurchase, "60.00");
        spend(pupil, Fixtures.key("terminal:BUS-IT"), "10.00");
        backOffice.call(() -> fixtures.topUpCard(pupil.id(), "100.00"));
        spend(pupil, Fixtures.key("terminal:BUS-IT"), "100.00");

        assertThat(MailBox.awaitMailsTo(parentEmail, 2, Duration.ofSeconds(30))).hasSizeGreaterThanOrEqualTo(2);
        Thread.sleep(4_000);
        List<String> alerts = new ArrayList<>();
        for (MimeMessage mail : mailsAbout(pupil)) {
            if (mail.getSubject().contains("ниже порога")) {
                alerts.add(mail.getSubject());
            }
        }
        assertThat(alerts).containsExactly(
                pupil.holderName() + ": общий баланс 90,00\u00a0₽ — ниже порога 100,00\u00a0₽",
                pupil.holderName() + ": общий баланс 80,00\u00a0₽ — ниже порога 100,00\u00a0₽");
    }

    /** A pupil of a school in Vladivostok whose programme offers the informer at 60,00 ₽ a month, prorated; linked to the parent. */
    private Card pupilOfParent(String general) throws SQLException {
        long school = backOffice.call(() -> fixtures.company("Asia/Vladivostok"));
        Contract contract = backOffice.call(() -> contracts.activate(contracts.openSchool(school).id(), "signed"));
        Card pupil = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.PUPIL, 1)).get(0);
        if (rub(general).isPositive()) {
            backOffice.call(() -> fixtures.topUpCard(pupil.id(), general));
        }
        backOffice.run(() -> cards.addGuardian(pupil.id(), PARENT));
        update("INSERT INTO sms_informer_price (contract_id, monthly_minor, prorated) VALUES (?, 6000, TRUE)", contract.id());
        return pupil;
    }

    /** The informer of the pupil as a parent connected it in an earlier month, paid through {@code month}: the 1st has come. */
    private void connectedAndPaidThrough(Card pupil, YearMonth month) throws SQLException {
        update("INSERT INTO sms_informer (card_id, status, paid_month, attempt, changed_at, changed_by) "
                + "VALUES (?, 'ACTIVE', ?, 0, CURRENT_TIMESTAMP, 'parent')", pupil.id(), month.toString());
    }

    /**
     * The mail to this test's address about this pupil's card (named in each text): the sweep also charges the parent's
     * cards of earlier runs, whose notices come to the address the parent has now.
     */
    private List<MimeMessage> mailsAbout(Card pupil) throws Exception {
        List<MimeMessage> about = new ArrayList<>();
        for (MimeMessage mail : MailBox.mailsTo(parentEmail)) {
            if (MailBox.textOf(mail).contains(pupil.panMasked())) {
                about.add(mail);
            }
        }
        return about;
    }

    private void spend(Card pupil, OperationKey key, String amount) {
        Outcome outcome = payments.purchase(key, new Spend(CardRef.id(pupil.id()), rub(amount), null, null, null, null, null,
                Instant.now()), "terminal:BUS-IT");
        assertThat(outcome.isApproved()).as(outcome.toString()).isTrue();
    }

    /** A turnstile of this test's own, registered on first use (a fresh database has none but the demo's). */
    private String gate() {
        if (gate == null) {
            gate = "GATE-S" + java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000);
            backOffice.call(() -> terminals.register(gate, TerminalKind.TURNSTILE, null, "Школа", "SCHOOL-S", "RU-PRI"));
        }
        return gate;
    }

    /** SMS queued about a new pass of the pupil through a turnstile. */
    private long smsAboutAPass(Card pupil) throws SQLException {
        String event = UUID.randomUUID().toString();
        attendance.record(backOffice.call(() -> cards.find(pupil.id())), gate(), event, Attendance.Direction.ENTRY, Instant.now());
        return Long.parseLong(text("SELECT CAST(COUNT(*) AS VARCHAR(20)) FROM outbox_message WHERE event_key LIKE ? AND channel = 'SMS'",
                "attendance:" + gate() + ":" + event + ":%"));
    }

    /** The informer's charges of the pupil, oldest first: amount in kopecks and description. */
    private List<String> charges(Card pupil) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT amount_minor, description FROM journal_entry "
                     + "WHERE card_id = ? AND product_code = 'SMS_INFORMER' AND category = 'SERVICE' ORDER BY id")) {
            query.setLong(1, pupil.id());
            List<String> charges = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    charges.add(rows.getLong(1) + " " + rows.getString(2));
                }
            }
            return charges;
        }
    }

    private int update(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    private String text(String sql, Object parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }
}
