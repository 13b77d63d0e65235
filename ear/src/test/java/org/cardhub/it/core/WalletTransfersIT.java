package org.cardhub.it.core;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import org.cardhub.it.SmsLog;
import org.cardhub.ledger.boundary.Bookkeeping;
import org.cardhub.ledger.entity.LedgerCheck;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.refusal.Refusal;
import org.cardhub.wallets.boundary.MyWallet;
import org.cardhub.wallets.boundary.WalletTransfers;
import org.cardhub.wallets.entity.Receiver;
import org.cardhub.wallets.entity.TransferReceipt;
import org.cardhub.wallets.entity.WalletRefusal;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A wallet holder sends money to another wallet by its phone, on PostgreSQL inside Payara: the confirmation shows the
 * receiver's masked name and nothing more, the receiver's balance cap declines what would fill it over, the same
 * request twice moves the money once, a large transfer needs the code to the phone, and transfers in both directions
 * at once between two wallets neither deadlock nor lose a kopeck.
 */
@ExtendWith(ArquillianExtension.class)
class WalletTransfersIT {

    private static final int EACH_WAY = 20;

    @Deployment
    static EnterpriseArchive deployment() {
        return CoreTestDeployment.shared();
    }

    @EJB
    WalletTransfers transfers;

    @EJB
    MyWallet myWallet;

    @EJB
    WalletFixtures wallets;

    @EJB
    AsWalletHolder first;

    @EJB
    AsOtherWalletHolder second;

    @EJB
    BackOffice backOffice;

    @EJB
    Bookkeeping bookkeeping;

    @Resource
    ManagedExecutorService executor;

    @Test
    void aTransferByPhoneShowsOnlyTheReceiversMaskedNameAndTheSameRequestTwiceMovesTheMoneyOnce() throws Exception {
        WalletFixtures.Wallet sender = wallets.of(WalletFixtures.FIRST);
        wallets.topUpTo(sender, "1000.00");
        Amount before = wallets.balance(sender);
        WalletFixtures.Wallet receiver = wallets.stranger("Мария", "Кузнецова");

        Receiver shown = first.call(() -> transfers.receiver(Receiver.Kind.WALLET, "8" + receiver.phone().substring(2)));
        assertThat(shown.maskedName()).isEqualTo("Мария К.");
        String request = UUID.randomUUID().toString();
        Amount amount = Amount.parse("250.00", Currency.RUB);
        TransferReceipt once = first.call(() -> transfers.send(request, Receiver.Kind.WALLET, receiver.phone(), amount, null));
        TransferReceipt twice = first.call(() -> transfers.send(request, Receiver.Kind.WALLET, receiver.phone(), amount, null));

        assertThat(once.sent()).isTrue();
        assertThat(twice.entryId()).isEqualTo(once.entryId());
        assertThat(wallets.balance(receiver)).isEqualTo(amount);
        assertThat(wallets.balance(sender)).isEqualTo(before.minus(amount));
        assertThat(first.call(() -> myWallet.operations(0, 1)).get(0).amountMinor()).isEqualTo(-25_000);
    }

    @Test
    void whatWouldFillTheReceiverOverItsCapIsDeclinedAndMovesNothing() throws Exception {
        WalletFixtures.Wallet sender = wallets.of(WalletFixtures.FIRST);
        wallets.topUpTo(sender, "500.00");
        Amount before = wallets.balance(sender);
        WalletFixtures.Wallet receiver = wallets.stranger("Почти", "Полный");
        wallets.topUp(receiver, "14900.00");

        TransferReceipt declined = first.call(() -> transfers.send(UUID.randomUUID().toString(), Receiver.Kind.WALLET,
                receiver.phone(), Amount.parse("100.01", Currency.RUB), null));

        assertThat(declined.sent()).isFalse();
        assertThat(declined.declineCode()).isEqualTo("WALLET_CAP");
        assertThat(wallets.balance(receiver)).isEqualTo(Amount.parse("14900.00", Currency.RUB));
        assertThat(wallets.balance(sender)).isEqualTo(before);
    }

    @Test
    void aGuessedNumberRevealsNothingAndTheOwnWalletIsNoReceiver() throws Exception {
        WalletFixtures.Wallet own = wallets.of(WalletFixtures.FIRST);
        assertThat(codeOf(() -> first.call(() -> transfers.receiver(Receiver.Kind.WALLET, WalletFixtures.randomPhone()))))
                .isEqualTo(WalletRefusal.Code.RECEIVER_NOT_FOUND);
        assertThat(codeOf(() -> first.call(() -> transfers.receiver(Receiver.Kind.WALLET, own.phone()))))
                .isEqualTo(WalletRefusal.Code.SELF_TRANSFER);
        assertThat(codeOf(() -> first.call(() -> transfers.receiver(Receiver.Kind.SCHOOL_CARD, "1234"))))
                .isEqualTo(WalletRefusal.Code.CARD_NUMBER_INVALID);
        assertThat(codeOf(() -> first.call(() -> transfers.send(UUID.randomUUID().toString(), Receiver.Kind.WALLET,
                own.phone(), Amount.parse("-1.00", Currency.RUB), null)))).isEqualTo(WalletRefusal.Code.AMOUNT_INVALID);
    }

    @Test
    void aTransferAboveTheThresholdNeedsTheCodeSentToThePhone() throws Exception {
        WalletFixtures.Wallet sender = wallets.of(WalletFixtures.FIRST);
        wallets.topUpTo(sender, "3100.00");
        WalletFixtures.Wallet receiver = wallets.stranger("Крупный", "Получатель");
        Amount large = Amount.parse("3000.01", Currency.RUB);
        assertThat(first.call(() -> transfers.needsCode(large))).isTrue();
        assertThat(first.call(() -> transfers.needsCode(Amount.parse("3000.00", Currency.RUB)))).isFalse();

        assertThat(codeOf(() -> first.call(() -> transfers.send(UUID.randomUUID().toString(), Receiver.Kind.WALLET,
                receiver.phone(), large, "0000")))).isEqualTo(WalletRefusal.Code.CODE_NOT_ACCEPTED);
        assertThat(wallets.balance(receiver).isZero()).isTrue();

        SmsLog.Mark mark = SmsLog.mark();
        first.call(() -> myWallet.sendConfirmationCode());
        String code = SmsLog.nextCode(sender.phone(), mark);
        TransferReceipt sent = first.call(() -> transfers.send(UUID.randomUUID().toString(), Receiver.Kind.WALLET,
                receiver.phone(), large, code));

        assertThat(sent.sent()).isTrue();
        assertThat(wallets.balance(receiver)).isEqualTo(large);
    }

    @Test
    void transfersBothWaysAtOnceBetweenTwoWalletsNeitherDeadlockNorLoseAKopeck() throws Exception {
        WalletFixtures.Wallet one = wallets.of(WalletFixtures.FIRST);
        WalletFixtures.Wallet two = wallets.of(WalletFixtures.SECOND);
        wallets.topUpTo(one, "300.00");
        wallets.topUpTo(two, "300.00");
        Amount together = wallets.balance(one).plus(wallets.balance(two));
        Amount ten = Amount.parse("10.00", Currency.RUB);
        List<Future<TransferReceipt>> sent = new ArrayList<>();
        for (int i = 0; i < EACH_WAY; i++) {
            sent.add(executor.submit(as(first, () -> transfers.send(UUID.randomUUID().toString(), Receiver.Kind.WALLET,
                    two.phone(), ten, null))));
            sent.add(executor.submit(as(second, () -> transfers.send(UUID.randomUUID().toString(), Receiver.Kind.WALLET,
                    one.phone(), ten, null))));
        }
        long approved = 0;
        for (Future<TransferReceipt> receipt : sent) {
            if (receipt.get(60, TimeUnit.SECONDS).sent()) {
                approved++;
            }
        }

        assertThat(approved).as("every transfer went through").isEqualTo(2L * EACH_WAY);
        assertThat(wallets.balance(one).plus(wallets.balance(two))).isEqualTo(together);
        LedgerCheck check = backOffice.call(() -> bookkeeping.check());
        assertThat(check.disagreements()).isEmpty();
        assertThat(check.postingSums().values()).allMatch(sum -> sum == 0);
    }

    @Test
    void twoSendersRacingToFillAWalletNeverTakeItPastItsCap() throws Exception {
        WalletFixtures.Wallet one = wallets.of(WalletFixtures.FIRST);
        WalletFixtures.Wallet two = wallets.of(WalletFixtures.SECOND);
        wallets.topUpTo(one, "200.00");
        wallets.topUpTo(two, "200.00");
        WalletFixtures.Wallet receiver = wallets.stranger("Почти", "Полная");
        wallets.topUp(receiver, "14900.00");
        Amount ten = Amount.parse("10.00", Currency.RUB);
        List<Future<TransferReceipt>> sent = new ArrayList<>();
        for (int i = 0; i < EACH_WAY / 2; i++) {
            sent.add(executor.submit(as(first, () -> transfers.send(UUID.randomUUID().toString(), Receiver.Kind.WALLET,
                    receiver.phone(), ten, null))));
            sent.add(executor.submit(as(second, () -> transfers.send(UUID.randomUUID().toString(), Receiver.Kind.WALLET,
                    receiver.phone(), ten, null))));
        }
        long approved = 0;
        for (Future<TransferReceipt> receipt : sent) {
            TransferReceipt done = receipt.get(60, TimeUnit.SECONDS);
            if (done.sent()) {
                approved++;
            } else {
                assertThat(done.declineCode()).isEqualTo("WALLET_CAP");
            }
        }

        assertThat(approved).as("exactly what fits under the cap").isEqualTo(10L);
        assertThat(wallets.balance(receiver)).isEqualTo(Amount.parse("15000.00", Currency.RUB));
    }

    private static Callable<TransferReceipt> as(Object holder, Callable<TransferReceipt> work) {
        return holder instanceof AsWalletHolder firstHolder ? () -> firstHolder.call(work)
                : () -> ((AsOtherWalletHolder) holder).call(work);
    }

    private static Object codeOf(WalletsIT.ThrowingRunnable work) {
        Throwable thrown = Thrown.by(work::run);
        assertThat(thrown).isInstanceOf(Refusal.class);
        return ((Refusal) thrown).code();
    }
}
