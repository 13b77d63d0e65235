package org.cardhub.it.core;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.cardhub.acquiring.boundary.AcquirerNotifications;
import org.cardhub.acquiring.boundary.BankCardAutoTopUps;
import org.cardhub.acquiring.boundary.BankCardTopUps;
import org.cardhub.acquiring.boundary.PaymentView;
import org.cardhub.acquiring.boundary.Settlement;
import org.cardhub.acquiring.boundary.Started;
import org.cardhub.acquiring.entity.AutoTopUpStatus;
import org.cardhub.acquiring.entity.CancellationReason;
import org.cardhub.acquiring.entity.PaymentStatus;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.cards.boundary.Cards;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardRef;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.contracts.boundary.Contracts;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.payments.boundary.Payments;
import org.cardhub.payments.entity.PurseRef;
import org.cardhub.payments.entity.Spend;
import org.cardhub.payments.entity.TopUpChannel;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.it.core.AcquirerEmulatorClient.claimed;
import static org.cardhub.it.core.AcquirerEmulatorClient.notifyCardhub;

/**
 * Top-ups by bank card against the launcher's acquirer emulator, on the real database: the acquirer's notification,
 * the payer's return and the poll racing on one payment credit it once (and the fee once, on TOP_UP_FEES); forged
 * notifications credit nothing; a declined card or a refused payment credits nothing and keeps why; another parent
 * does not see the payment; an auto top-up charges the saved card once per trigger, and a declined charge suspends
 * the rule with no second attempt until the parent resumes it.
 */
@ExtendWith(ArquillianExtension.class)
class BankCardTopUpIT {

    private static final String SUCCEEDS = "5555 5555 5555 4477";
    private static final String NO_FUNDS = "5555 5555 5555 4592";

    @Deployment
    static EnterpriseArchive deployment() {
        return CoreTestDeployment.shared();
    }

    @EJB BackOffice backOffice;
    @EJB Fixtures fixtures;
    @EJB Contracts contracts;
    @EJB Cards cards;
    @EJB Payments payments;
    @EJB AsParent parent;
    @EJB AsOtherParent otherParent;
    @EJB BankCardTopUps topUps;
    @EJB BankCardAutoTopUps autoTopUps;
    @EJB Settlement settlement;
    @EJB AcquirerNotifications notifications;

    @Resource(lookup = "jdbc/cardhub")
    DataSource dataSource;

    @Test
    void theNotificationTheReturnAndThePollRacingOnOnePaymentCreditItOnceAndItsFeeOnce() throws Exception {
        Card pupil = pupilOfParent(true);
        Started started = parent.call(() -> topUps.start(pupil.id(), AccountPurpose.MAIN, rub("1000.00"), false, UUID.randomUUID()));
        assertThat(started.mayPay()).as("%s", started).isTrue();
        assertThat(AcquirerEmulatorClient.pay(started.confirmationUrl(), SUCCEEDS, "none")).endsWith("?payment=" + started.paymentId());
        String providerId = providerIdOf(started.paymentId());
        assertThat(AcquirerEmulatorClient.payment(providerId).getJsonObject("amount").getString("value")).isEqualTo("1015.00");
        long paymentId = number("SELECT id FROM card_payment WHERE public_id = ?", started.paymentId());

        List<Callable<Object>> racers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            racers.add(() -> notifyCardhub("payment.succeeded", Json.createObjectBuilder().add("id", providerId).build()).statusCode());
            racers.add(() -> parent.call(() -> topUps.status(started.paymentId())).status());
            racers.add(() -> settlement.settle(paymentId).status());
            racers.add(() -> AcquirerEmulatorClient.notifyAgain(providerId));
        }
        race(racers);

        assertThat(parent.call(() -> topUps.status(started.paymentId())).status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(number("SELECT COUNT(*) FROM journal_entry WHERE card_id = ? AND kind = 'TOP_UP'", pupil.id())).isEqualTo(1);
        assertThat(number("SELECT COUNT(*) FROM idempotency_record WHERE scope = 'acquirer:yookassa' AND idem_key = ?", providerId))
                .isEqualTo(1);
        assertThat(balance(pupil.id(), "MAIN")).isEqualTo(1000_00);
        assertThat(number("SELECT COALESCE(SUM(p.amount_minor), 0) FROM posting p JOIN account a ON a.id = p.account_id "
                + "JOIN card_payment c ON c.entry_id = p.entry_id WHERE a.system_code = 'TOP_UP_FEES' AND c.public_id = ?",
                started.paymentId())).as("the fee, once").isEqualTo(15_00);
    }

    @Test
    void forgedNotificationsCreditNothingAndARefusalAtTheAcquirerIsKeptWithItsReason() throws Exception {
        Card pupil = pupilOfParent(false);
        Started started = parent.call(() -> topUps.start(pupil.id(), AccountPurpose.CANTEEN, rub("500.00"), false, UUID.randomUUID()));
        String providerId = providerIdOf(started.paymentId());

        assertThat(notifyCardhub("payment.succeeded", claimed(UUID.randomUUID().toString(), "succeeded", "500.00",
                started.paymentId())).statusCode()).as("an unknown payment: ignored").isEqualTo(200);
        assertThat(notifyCardhub("payment.succeeded", claimed(providerId, "succeeded", "99999.00", started.paymentId()))
                .statusCode()).as("succeeded, says the forger; pending, says the acquirer").isEqualTo(200);
        assertThat(notifications.receive("203.0.113.7", Json.createObjectBuilder().add("type", "notification")
                .add("event", "payment.succeeded").add("object", claimed(providerId, "succeeded", "500.00", started.paymentId()))
                .build().toString())).isEqualTo(AcquirerNotifications.Answer.FORBIDDEN);

        assertThat(parent.call(() -> topUps.status(started.paymentId())).status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(balance(pupil.id(), "CANTEEN")).isZero();

        AcquirerEmulatorClient.refuse(started.confirmationUrl());
        PaymentView refused = parent.call(() -> topUps.status(started.paymentId()));

        assertThat(refused.status()).isEqualTo(PaymentStatus.CANCELED);
        assertThat(refused.reason()).isEqualTo(CancellationReason.EXPIRED_ON_CONFIRMATION);
        assertThat(number("SELECT COUNT(*) FROM journal_entry WHERE card_id = ?", pupil.id())).isZero();
    }

    @Test
    void aDeclinedCardCreditsNothingSaysWhyAndAnotherParentDoesNotSeeThePayment() throws Exception {
        Card pupil = pupilOfParent(false);
        Started started = parent.call(() -> topUps.start(pupil.id(), AccountPurpose.MAIN, rub("300.00"), false, UUID.randomUUID()));

        AcquirerEmulatorClient.pay(started.confirmationUrl(), NO_FUNDS, "once");
        PaymentView declined = parent.call(() -> topUps.status(started.paymentId()));

        assertThat(declined.status()).isEqualTo(PaymentStatus.CANCELED);
        assertThat(declined.reason()).isEqualTo(CancellationReason.INSUFFICIENT_FUNDS);
        assertThat(balance(pupil.id(), "MAIN")).isZero();
        assertThat(Thrown.by(() -> otherParent.call(() -> topUps.status(started.paymentId()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(Thrown.by(() -> otherParent.call(() -> topUps.start(pupil.id(), AccountPurpose.MAIN, rub("100.00"),
                false, UUID.randomUUID())))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAutoTopUpChargesOncePerTriggerAndADeclinedChargeSuspendsItWithNoSecondAttempt() throws Exception {
        Card pupil = pupilOfParent(false);
        Started saving = parent.call(() -> topUps.start(pupil.id(), AccountPurpose.CANTEEN, rub("150.00"), true, UUID.randomUUID()));
        AcquirerEmulatorClient.pay(saving.confirmationUrl(), SUCCEEDS, "twice");
        assertThat(parent.call(() -> topUps.status(saving.paymentId())).status()).isEqualTo(PaymentStatus.SUCCEEDED);
        long savedCard = number("SELECT id FROM saved_bank_card WHERE payer_subject = 'parent' AND card_id = ?", pupil.id());
        String method = text("SELECT payment_method_id FROM saved_bank_card WHERE id = ?", savedCard);
        parent.call(() -> {
            autoTopUps.save(pupil.id(), AccountPurpose.CANTEEN, rub("100.00"), rub("500.00"), savedCard);
            return null;
        });

        buy(pupil, "80.00");
        await(() -> autoCharges(pupil, "SUCCEEDED") == 1);

        assertThat(balance(pupil.id(), "CANTEEN")).as("70 ₽ left, topped up to 500 ₽").isEqualTo(500_00);

        AcquirerEmulatorClient.declineCharges(method, "insufficient_funds");
        buy(pupil, "450.00");
        await(() -> autoCharges(pupil, "CANCELED") == 1);
        buy(pupil, "10.00");
        Thread.sleep(5_000);

        assertThat(autoCharges(pupil, null)).as("no second attempt while suspended").isEqualTo(2);
        assertThat(balance(pupil.id(), "CANTEEN")).isEqualTo(40_00);
        assertThat(parent.call(() -> autoTopUps.overview(pupil.id())).ruleOf(AccountPurpose.CANTEEN)).hasValueSatisfying(rule -> {
            assertThat(rule.status()).isEqualTo(AutoTopUpStatus.SUSPENDED);
            assertThat(rule.suspendedReason()).isEqualTo(CancellationReason.INSUFFICIENT_FUNDS);
        });

        AcquirerEmulatorClient.declineCharges(method, null);
        parent.call(() -> {
            autoTopUps.resume(pupil.id(), AccountPurpose.CANTEEN);
            return null;
        });
        buy(pupil, "5.00");
        await(() -> autoCharges(pupil, "SUCCEEDED") == 2);

        assertThat(balance(pupil.id(), "CANTEEN")).isEqualTo(500_00);
    }

    /** A pupil's card of a new school contract, linked to the test's parent; with or without the lyceum's fee. */
    private Card pupilOfParent(boolean withFee) throws SQLException {
        long school = backOffice.call(() -> fixtures.company("Europe/Moscow"));
        Contract contract = backOffice.call(() -> contracts.activate(contracts.openSchool(school).id(), "signed"));
        Card pupil = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.PUPIL, 1)).get(0);
        backOffice.run(() -> cards.addGuardian(pupil.id(), "parent"));
        if (withFee) {
            update("INSERT INTO top_up_fee (contract_id, rate_bp, minimum_minor, created_at) VALUES (?, 150, 500, CURRENT_TIMESTAMP)",
                    contract.id());
        }
        return pupil;
    }

    private void buy(Card pupil, String amount) {
        assertThat(payments.purchase(Fixtures.key("terminal:CANTEEN-T"), new Spend(CardRef.id(pupil.id()), rub(amount), null,
                null, "HOT_MEAL", null, null, Instant.now()), "terminal:CANTEEN-T").isApproved()).isTrue();
    }

    private long autoCharges(Card pupil, String status) {
        try {
            return status == null ? number("SELECT COUNT(*) FROM card_payment WHERE card_id = ? AND kind = 'AUTO'", pupil.id())
                    : number("SELECT COUNT(*) FROM card_payment WHERE card_id = ? AND kind = 'AUTO' AND status = '" + status + "'",
                    pupil.id());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void race(List<Callable<Object>> racers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(racers.size());
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Object>> runs = new ArrayList<>();
            for (Callable<Object> racer : racers) {
                runs.add(pool.submit(() -> {
                    go.await();
                    return racer.call();
                }));
            }
            go.countDown();
            for (Future<Object> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited 30 s").isBefore(until);
            Thread.sleep(250);
        }
    }

    private String providerIdOf(String paymentId) throws SQLException {
        return text("SELECT provider_payment_id FROM card_payment WHERE public_id = ?", paymentId);
    }

    private long balance(long cardId, String purse) throws SQLException {
        return number("SELECT balance_minor FROM account WHERE card_id = ? AND purpose = '" + purse + "' AND currency = 'RUB'", cardId);
    }

    private long number(String sql, Object parameter) throws SQLException {
        return Long.parseLong(text(sql, parameter));
    }

    private String text(String sql, Object parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).as(sql).isTrue();
                return rows.getString(1);
            }
        }
    }

    private void update(String sql, Object parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            statement.executeUpdate();
        }
    }

    private static Amount rub(String value) {
        return Amount.parse(value, Currency.RUB);
    }
}
