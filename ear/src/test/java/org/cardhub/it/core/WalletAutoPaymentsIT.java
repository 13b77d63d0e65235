package org.cardhub.it.core;

import jakarta.ejb.EJB;
import org.cardhub.it.SmsLog;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.refusal.Refusal;
import org.cardhub.wallets.boundary.AutoPaymentRunner;
import org.cardhub.wallets.boundary.MyAutoPayments;
import org.cardhub.wallets.entity.AutoPayment;
import org.cardhub.wallets.entity.AutoPaymentRun;
import org.cardhub.wallets.entity.AutoPaymentSchedule;
import org.cardhub.wallets.entity.AutoPaymentView;
import org.cardhub.wallets.entity.Receiver;
import org.cardhub.wallets.entity.WalletRefusal;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A wallet's auto-payments on PostgreSQL inside Payara: created by the holder with the receiver's masked name answered
 * back, paid once by the runner however often it runs on the day, told by SMS when the wallet cannot pay and paused
 * after three failures in a row, and nobody else's to see or touch.
 */
@ExtendWith(ArquillianExtension.class)
class WalletAutoPaymentsIT {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final Amount TEN = Amount.parse("10.00", Currency.RUB);

    @Deployment
    static EnterpriseArchive deployment() {
        return CoreTestDeployment.shared();
    }

    @EJB
    MyAutoPayments autoPayments;

    @EJB
    AutoPaymentRunner runner;

    @EJB
    WalletFixtures wallets;

    @EJB
    AsWalletHolder first;

    @EJB
    AsOtherWalletHolder second;

    @EJB
    AsClosingHolder third;

    @BeforeEach
    void theFirstHolderHasNoAutoPaymentsLeftFromEarlierRuns() throws Exception {
        wallets.of(WalletFixtures.FIRST);
        first.call(() -> {
            autoPayments.list().forEach(payment -> autoPayments.delete(payment.id()));
            return null;
        });
    }

    @Test
    void aWeeklyPaymentToAWalletByPhoneIsPaidOnceHoweverOftenTheRunnerRunsOnItsDay() throws Exception {
        WalletFixtures.Wallet sender = wallets.of(WalletFixtures.FIRST);
        WalletFixtures.Wallet receiver = wallets.of(WalletFixtures.SECOND);
        wallets.topUpTo(sender, "100.00");
        Instant now = Instant.now();
        // the schedule's day is tomorrow's weekday: the first run tomorrow, the one after a week later
        AutoPaymentSchedule schedule = AutoPaymentSchedule.weekly(LocalDate.ofInstant(now, MOSCOW).plusDays(1).getDayOfWeek());
        AutoPaymentView created = first.call(() -> autoPayments.create(Receiver.Kind.WALLET, receiver.phone(), TEN, schedule));
        assertThat(created.target().maskedName()).isEqualTo("Пётр В.");
        assertThat(created.nextRun()).isEqualTo(LocalDate.ofInstant(now, MOSCOW).plusDays(1));
        Amount senderBefore = wallets.balance(sender);
        Amount receiverBefore = wallets.balance(receiver);

        Instant due = now.plus(Duration.ofDays(8));
        assertThat(runner.runDue(due)).containsKey(AutoPaymentRun.SENT);
        runner.runDue(due);

        assertThat(wallets.balance(receiver)).isEqualTo(receiverBefore.plus(TEN));
        assertThat(wallets.balance(sender)).isEqualTo(senderBefore.minus(TEN));
        AutoPaymentView after = first.call(() -> autoPayments.list()).get(0);
        assertThat(after.lastOutcome()).isEqualTo(AutoPayment.SENT);
        assertThat(after.lastRun()).isEqualTo(LocalDate.ofInstant(due, MOSCOW));
        assertThat(after.nextRun()).isEqualTo(LocalDate.ofInstant(due, MOSCOW).plusDays(7));
    }

    @Test
    void aWalletWithoutTheMoneyIsToldBySmsAndPausedAfterThreeFailuresInARow() throws Exception {
        WalletFixtures.Wallet empty = wallets.fresh(WalletFixtures.THIRD);
        WalletFixtures.Wallet receiver = wallets.of(WalletFixtures.SECOND);
        Instant now = Instant.now();
        int tomorrow = LocalDate.ofInstant(now, MOSCOW).plusDays(1).getDayOfMonth();
        AutoPaymentSchedule schedule = AutoPaymentSchedule.monthly(Math.min(tomorrow, AutoPaymentSchedule.LAST_MONTHLY_DAY));
        Amount thousand = Amount.parse("1000.00", Currency.RUB);
        AutoPaymentView created = third.call(() -> autoPayments.create(Receiver.Kind.WALLET, receiver.phone(), thousand,
                schedule));
        Instant due = now.plus(Duration.ofDays(32));

        SmsLog.Mark mark = SmsLog.mark();
        runner.runDue(due);
        assertThat(SmsLog.next(empty.phone(), mark).replace('\u00a0', ' '))
                .contains("автоплатёж 1 000,00 ₽ на кошелёк " + receiver.phone())
                .contains("не выполнен — недостаточно средств").contains("Повторим");
        AutoPaymentView once = third.call(() -> autoPayments.list()).get(0);
        assertThat(once.active()).isTrue();
        assertThat(once.failures()).isEqualTo(1);
        assertThat(once.nextRun()).isEqualTo(LocalDate.ofInstant(due, MOSCOW).plusDays(1));
        mark = SmsLog.mark();
        runner.runDue(due.plus(Duration.ofDays(1)));
        assertThat(SmsLog.next(empty.phone(), mark)).as("the second failure's SMS, out before the third run")
                .contains("не выполнен");
        mark = SmsLog.mark();
        runner.runDue(due.plus(Duration.ofDays(2)));
        assertThat(SmsLog.next(empty.phone(), mark)).contains("приостановлен");

        AutoPaymentView paused = third.call(() -> autoPayments.list()).get(0);
        assertThat(paused.id()).isEqualTo(created.id());
        assertThat(paused.active()).isFalse();
        assertThat(paused.failures()).isEqualTo(3);
        assertThat(paused.lastOutcome()).isEqualTo("INSUFFICIENT_FUNDS");
        runner.runDue(due.plus(Duration.ofDays(3)));
        assertThat(third.call(() -> autoPayments.list()).get(0).failures()).as("paused: not run again").isEqualTo(3);
        assertThat(wallets.balance(empty).isZero()).isTrue();

        AutoPaymentView resumed = third.call(() -> autoPayments.resume(created.id()));
        assertThat(resumed.active()).isTrue();
        assertThat(resumed.failures()).isZero();
        third.call(() -> {
            autoPayments.delete(created.id());
            return null;
        });
    }

    @Test
    void anotherHolderNeitherSeesNorTouchesTheAutoPayments() throws Exception {
        WalletFixtures.Wallet receiver = wallets.of(WalletFixtures.SECOND);
        wallets.of(WalletFixtures.FIRST);
        AutoPaymentView mine = first.call(() -> autoPayments.create(Receiver.Kind.WALLET, receiver.phone(), TEN,
                AutoPaymentSchedule.monthly(15)));

        assertThat(second.call(() -> autoPayments.list())).extracting(AutoPaymentView::id).doesNotContain(mine.id());
        assertThat(codeOf(() -> second.call(() -> autoPayments.pause(mine.id()))))
                .isEqualTo(WalletRefusal.Code.AUTO_PAYMENT_NOT_FOUND);
        assertThat(codeOf(() -> second.call(() -> {
            autoPayments.delete(mine.id());
            return null;
        }))).isEqualTo(WalletRefusal.Code.AUTO_PAYMENT_NOT_FOUND);
        assertThat(first.call(() -> autoPayments.list())).extracting(AutoPaymentView::active).containsExactly(true);
    }

    @Test
    void aWalletHasAtMostFiveAndEachAtMostThreeThousandRoubles() throws Exception {
        WalletFixtures.Wallet receiver = wallets.of(WalletFixtures.SECOND);
        AutoPaymentSchedule schedule = AutoPaymentSchedule.monthly(1);
        assertThat(codeOf(() -> first.call(() -> autoPayments.create(Receiver.Kind.WALLET, receiver.phone(),
                Amount.parse("3000.01", Currency.RUB), schedule)))).isEqualTo(WalletRefusal.Code.AUTO_PAYMENT_TOO_LARGE);
        assertThat(codeOf(() -> first.call(() -> autoPayments.create(Receiver.Kind.WALLET, WalletFixtures.randomPhone(),
                TEN, schedule)))).isEqualTo(WalletRefusal.Code.RECEIVER_NOT_FOUND);
        for (int i = 0; i < MyAutoPayments.MAX_PER_WALLET; i++) {
            first.call(() -> autoPayments.create(Receiver.Kind.WALLET, receiver.phone(), TEN, schedule));
        }
        assertThat(codeOf(() -> first.call(() -> autoPayments.create(Receiver.Kind.WALLET, receiver.phone(), TEN,
                schedule)))).isEqualTo(WalletRefusal.Code.AUTO_PAYMENT_LIMIT);
    }

    private static Object codeOf(WalletsIT.ThrowingRunnable work) {
        Throwable thrown = Thrown.by(work::run);
        assertThat(thrown).isInstanceOf(Refusal.class);
        return ((Refusal) thrown).code();
    }
}
