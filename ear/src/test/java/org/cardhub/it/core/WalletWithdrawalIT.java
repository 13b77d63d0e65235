package org.cardhub.it.core;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import org.cardhub.it.SmsLog;
import org.cardhub.acquiring.entity.PayoutRefusal;
import org.cardhub.ledger.boundary.Bookkeeping;
import org.cardhub.ledger.entity.EntryKind;
import org.cardhub.ledger.entity.LedgerCheck;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.refusal.Refusal;
import org.cardhub.wallets.boundary.MyWallet;
import org.cardhub.wallets.boundary.WalletClosure;
import org.cardhub.wallets.boundary.WalletWithdrawals;
import org.cardhub.wallets.entity.PhoneCodeRefusal;
import org.cardhub.wallets.entity.WalletOperation;
import org.cardhub.wallets.entity.WalletRefusal;
import org.cardhub.wallets.entity.Withdrawal;
import org.cardhub.wallets.entity.WithdrawalReceipt;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A holder sends money from their wallet to their own bank card (issue 25), through the launcher's acquirer emulator
 * (its payouts API, test cards in docs/acquiring-api.md), on PostgreSQL inside Payara: with the right code it is paid
 * and the balance drops by exactly the amount, the books balanced; a wrong code changes nothing; the same request twice,
 * or twice at once, pays once; a declined card gives the money back; a pending payout is on its way and paid when asked
 * again; too little on the wallet or a bad card number is refused before the code is spent; and a withdrawal only ever
 * touches the caller's own wallet (no contract is named by the caller), never a closed one.
 */
@ExtendWith(ArquillianExtension.class)
class WalletWithdrawalIT {

    private static final String PAID = "5555 5555 5555 4477";
    private static final String DECLINED = "4000 0000 0000 0002";
    private static final String PENDING_THEN_PAID = "2200 0000 0000 0004";

    @Deployment
    static EnterpriseArchive deployment() {
        return CoreTestDeployment.shared();
    }

    @EJB WalletWithdrawals withdrawals;
    @EJB MyWallet myWallet;
    @EJB WalletClosure closure;
    @EJB WalletFixtures wallets;
    @EJB AsWalletHolder first;
    @EJB AsOtherWalletHolder second;
    @EJB AsClosingHolder closing;
    @EJB BackOffice backOffice;
    @EJB Bookkeeping bookkeeping;
    @Resource ManagedExecutorService executor;
    @Resource(lookup = "jdbc/cardhub") DataSource dataSource;

    @Test
    void withTheRightCodeTheCardIsPaidAndTheBalanceDropsByExactlyTheAmountTheBooksBalanced() throws Exception {
        WalletFixtures.Wallet wallet = wallets.of(WalletFixtures.FIRST);
        wallets.topUpTo(wallet, "1000.00");
        Amount before = wallets.balance(wallet);
        Amount amount = rub("250.37");
        String request = UUID.randomUUID().toString();

        WithdrawalReceipt receipt = first.call(() -> withdrawals.withdraw(codeOfFirst(wallet), amount, PAID, request));

        assertThat(receipt.paid()).isTrue();
        assertThat(receipt.amount()).isEqualTo(amount);
        assertThat(receipt.cardMasked()).isEqualTo("555555******4477");
        assertThat(wallets.balance(wallet)).isEqualTo(before.minus(amount));
        String key = key(wallet, request);
        assertThat(number("SELECT COUNT(*) FROM payout WHERE idempotence_key = ? AND status = 'SUCCEEDED' AND contract_id = "
                + wallet.contractId(), key)).isEqualTo(1);
        assertThat(number("SELECT COALESCE(SUM(p.amount_minor), 0) FROM posting p JOIN payout o "
                + "ON p.entry_id IN (o.debit_entry_id, o.settle_entry_id) WHERE o.idempotence_key = ?", key))
                .as("the payout's own entries").isZero();
        WalletOperation newest = first.call(() -> myWallet.operations(0, 1)).get(0);
        assertThat(newest.kind()).isEqualTo(EntryKind.PAYOUT);
        assertThat(newest.amountMinor()).isEqualTo(-250_37);
        LedgerCheck check = backOffice.call(() -> bookkeeping.check());
        assertThat(check.disagreements()).isEmpty();
        assertThat(check.postingSums().values()).allMatch(sum -> sum == 0);
    }

    @Test
    void aWrongCodeChangesNothingAndTheRightOneThenPays() throws Exception {
        WalletFixtures.Wallet wallet = wallets.of(WalletFixtures.FIRST);
        wallets.topUpTo(wallet, "500.00");
        Amount before = wallets.balance(wallet);
        String request = UUID.randomUUID().toString();
        String code = codeOfFirst(wallet);
        String wrong = String.format("%04d", (Integer.parseInt(code) + 1) % 10_000);

        assertThat(codeOf(() -> first.call(() -> withdrawals.withdraw(wrong, rub("100.00"), PAID, request))))
                .isEqualTo(WalletRefusal.Code.CODE_NOT_ACCEPTED);
        assertThat(wallets.balance(wallet)).isEqualTo(before);
        assertThat(number("SELECT COUNT(*) FROM payout WHERE idempotence_key = ?", key(wallet, request))).isZero();

        assertThat(first.call(() -> withdrawals.withdraw(code, rub("100.00"), PAID, request)).paid()).isTrue();
        assertThat(wallets.balance(wallet)).isEqualTo(before.minus(rub("100.00")));
    }

    @Test
    void theSameRequestTwiceAndTwiceAtOncePaysOnce() throws Exception {
        WalletFixtures.Wallet wallet = wallets.of(WalletFixtures.FIRST);
        wallets.topUpTo(wallet, "1000.00");
        Amount before = wallets.balance(wallet);
        String request = UUID.randomUUID().toString();
        String code = codeOfFirst(wallet);

        WithdrawalReceipt once = first.call(() -> withdrawals.withdraw(code, rub("300.00"), PAID, request));
        WithdrawalReceipt twice = first.call(() -> withdrawals.withdraw(code, rub("300.00"), PAID, request));

        assertThat(twice.payoutId()).as("answered as it stands, no second code asked").isEqualTo(once.payoutId());
        assertThat(wallets.balance(wallet)).isEqualTo(before.minus(rub("300.00")));
        assertThat(number("SELECT COUNT(*) FROM payout WHERE idempotence_key = ?", key(wallet, request))).isEqualTo(1);

        String doubleClick = UUID.randomUUID().toString();
        String another = codeOfFirst(wallet);
        Callable<Object> click = () -> outcome(() -> first.call(() -> withdrawals.withdraw(another, rub("200.00"), PAID,
                doubleClick)).payoutId());
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> done : executor.invokeAll(List.of(click, click), 60, TimeUnit.SECONDS)) {
            outcomes.add(done.get());
        }

        String paid = payoutIdOf(wallet, doubleClick);
        assertThat(outcomes).as("paid, or the spent code refused").contains(paid)
                .allSatisfy(outcome -> assertThat(outcome).isIn(paid, WalletRefusal.Code.CODE_NOT_ACCEPTED));
        assertThat(wallets.balance(wallet)).isEqualTo(before.minus(rub("500.00")));
    }

    @Test
    void aDeclinedCardGivesTheMoneyBackAndAPendingPayoutIsOnItsWayAndPaidWhenAskedAgain() throws Exception {
        WalletFixtures.Wallet wallet = wallets.of(WalletFixtures.FIRST);
        wallets.topUpTo(wallet, "500.00");
        Amount before = wallets.balance(wallet);
        String declinedRequest = UUID.randomUUID().toString();
        String code = codeOfFirst(wallet);

        Throwable declined = Thrown.by(() -> first.call(() -> withdrawals.withdraw(code, rub("150.00"), DECLINED,
                declinedRequest)));

        assertThat(declined).isInstanceOfSatisfying(WalletRefusal.class, refused -> {
            assertThat(refused.code()).isEqualTo(WalletRefusal.Code.PAYOUT_FAILED);
            assertThat(refused.getMessage()).contains("400000******0002").contains("вернулись на баланс");
        });
        assertThat(wallets.balance(wallet)).isEqualTo(before);
        assertThat(text("SELECT status FROM payout WHERE idempotence_key = ?", key(wallet, declinedRequest)))
                .isEqualTo("CANCELED");

        String request = UUID.randomUUID().toString();
        WithdrawalReceipt pending = first.call(() -> withdrawals.withdraw(codeOfFirst(wallet), rub("120.00"),
                PENDING_THEN_PAID, request));

        assertThat(pending.onItsWay()).isTrue();
        assertThat(wallets.balance(wallet)).as("the money has left the wallet").isEqualTo(before.minus(rub("120.00")));
        assertThat(first.call(() -> withdrawals.withdraw(null, rub("120.00"), PENDING_THEN_PAID, request)).paid()).isTrue();
        assertThat(wallets.balance(wallet)).isEqualTo(before.minus(rub("120.00")));
    }

    @Test
    void tooLittleOnTheWalletOrABadCardIsRefusedBeforeTheCodeIsSpent() throws Exception {
        WalletFixtures.Wallet wallet = wallets.of(WalletFixtures.FIRST);
        wallets.topUpTo(wallet, "500.00");
        Amount before = wallets.balance(wallet);
        Amount available = first.call(() -> withdrawals.available());
        String code = codeOfFirst(wallet);

        assertThat(codeOf(() -> first.call(() -> withdrawals.withdraw(code, available.plus(rub("0.01")), PAID,
                UUID.randomUUID().toString())))).isEqualTo(WalletRefusal.Code.BALANCE_TOO_LOW);
        assertThat(codeOf(() -> first.call(() -> withdrawals.withdraw(code, rub("10.00"), "5555 5555 5555 4478",
                UUID.randomUUID().toString())))).isEqualTo(PayoutRefusal.Code.CARD_NUMBER_INVALID);
        assertThat(codeOf(() -> first.call(() -> withdrawals.withdraw(code, rub("0.00"), PAID,
                UUID.randomUUID().toString())))).isEqualTo(WalletRefusal.Code.AMOUNT_INVALID);
        assertThat(wallets.balance(wallet)).isEqualTo(before);

        assertThat(first.call(() -> withdrawals.withdraw(code, rub("10.00"), PAID, UUID.randomUUID().toString())).paid())
                .as("the code was not spent").isTrue();
    }

    @Test
    void aWithdrawalTouchesTheCallersOwnWalletOnlyAndNeverAClosedOne() throws Exception {
        WalletFixtures.Wallet one = wallets.of(WalletFixtures.FIRST);
        WalletFixtures.Wallet two = wallets.of(WalletFixtures.SECOND);
        wallets.topUpTo(one, "500.00");
        wallets.topUpTo(two, "500.00");
        Amount oneBefore = wallets.balance(one);
        Amount twoBefore = wallets.balance(two);
        String request = UUID.randomUUID().toString();
        first.call(() -> withdrawals.withdraw(codeOfFirst(one), rub("100.00"), PAID, request));

        // the other holder sends the same request key: it names a payout of their own wallet, which needs their code
        assertThat(codeOf(() -> second.call(() -> withdrawals.withdraw(null, rub("100.00"), PAID, request))))
                .isEqualTo(PhoneCodeRefusal.Code.CODE_FORMAT);
        String code = code(two, () -> second.call(() -> myWallet.sendConfirmationCode()));
        WithdrawalReceipt theirs = second.call(() -> withdrawals.withdraw(code, rub("40.00"), PAID, request));

        assertThat(theirs.payoutId()).isNotEqualTo(payoutIdOf(one, request));
        assertThat(wallets.balance(one)).isEqualTo(oneBefore.minus(rub("100.00")));
        assertThat(wallets.balance(two)).isEqualTo(twoBefore.minus(rub("40.00")));
        assertThat(number("SELECT contract_id FROM payout WHERE idempotence_key = ?", key(two, request)))
                .isEqualTo(two.contractId());

        WalletFixtures.Wallet closed = wallets.fresh(WalletFixtures.THIRD);
        String closingCode = code(closed, () -> closing.call(() -> myWallet.sendConfirmationCode()));
        closing.call(() -> closure.close(closingCode, null));
        assertThat(codeOf(() -> closing.call(() -> withdrawals.withdraw("1234", rub("1.00"), PAID,
                UUID.randomUUID().toString())))).isEqualTo(WalletRefusal.Code.WALLET_CLOSED);
    }

    private String codeOfFirst(WalletFixtures.Wallet wallet) throws Exception {
        return code(wallet, () -> first.call(() -> myWallet.sendConfirmationCode()));
    }

    /** The code the holder's phone gets; a code another test left unspent would hold this one back for a minute. */
    private String code(WalletFixtures.Wallet wallet, WalletsIT.ThrowingRunnable send) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement spend = connection.prepareStatement(
                "UPDATE phone_code SET status = 'USED', used_at = CURRENT_TIMESTAMP, version = version + 1 "
                        + "WHERE phone = ? AND purpose = 'CONFIRM_OPERATION' AND status = 'ACTIVE'")) {
            spend.setString(1, wallet.phone());
            spend.executeUpdate();
        }
        SmsLog.Mark mark = SmsLog.mark();
        send.run();
        return SmsLog.nextCode(wallet.phone(), mark);
    }

    private static String key(WalletFixtures.Wallet wallet, String request) {
        return Withdrawal.of(wallet.contractId(), rub("1.00"), request).idempotenceKey();
    }

    private String payoutIdOf(WalletFixtures.Wallet wallet, String request) throws SQLException {
        return text("SELECT public_id FROM payout WHERE idempotence_key = ?", key(wallet, request));
    }

    /** What a call came to: its value, or the code of the refusal it met. */
    private static Object outcome(Callable<Object> work) {
        try {
            return work.call();
        } catch (Exception e) {
            return codeOf(() -> {
                throw e;
            });
        }
    }

    private static Object codeOf(WalletsIT.ThrowingRunnable work) {
        Throwable thrown = Thrown.by(work::run);
        assertThat(thrown).isInstanceOf(Refusal.class);
        return ((Refusal) thrown).code();
    }

    private long number(String sql, String parameter) throws SQLException {
        return Long.parseLong(text(sql, parameter));
    }

    private String text(String sql, String parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).as(sql).isTrue();
                return rows.getString(1);
            }
        }
    }

    private static Amount rub(String value) {
        return Amount.parse(value, Currency.RUB);
    }
}
