package org.cardhub.it.core;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import org.cardhub.acquiring.boundary.PayoutPoll;
import org.cardhub.acquiring.boundary.PayoutResult;
import org.cardhub.acquiring.boundary.Payouts;
import org.cardhub.acquiring.entity.PayoutRefusal;
import org.cardhub.acquiring.entity.PayoutStatus;
import org.cardhub.contracts.boundary.Contracts;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.WalletTier;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.payments.boundary.Payments;
import org.cardhub.payments.entity.PurseRef;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A wallet's money paid out to a bank card through the launcher's acquirer emulator (its payouts API, test cards in
 * docs/payouts.md), on the real database: a paid payout leaves the wallet at zero and the books balanced; a canceled
 * one gives the money back; the same key twice pays once; a second payout for more than is left, at the same moment,
 * is refused under the account's lock; a pending one is settled by the poll; a bad card number writes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class WalletPayoutIT {

    private static final String PAID = "5555 5555 5555 4477";
    private static final String DECLINED = "4000 0000 0000 0002";
    private static final String PENDING_THEN_PAID = "2200 0000 0000 0004";
    private static final String PENDING_THEN_DECLINED = "2200 0000 0000 0012";

    @Deployment
    static EnterpriseArchive deployment() {
        return CoreTestDeployment.shared();
    }

    @EJB BackOffice backOffice;
    @EJB Contracts contracts;
    @EJB Payments payments;
    @EJB Payouts payouts;
    @EJB PayoutPoll poll;

    @Resource(lookup = "jdbc/cardhub")
    DataSource dataSource;

    @Test
    void aPaidPayoutLeavesTheWalletAtZeroAndItsEntriesSummingToZero() throws SQLException {
        Contract wallet = walletWith("1500.00");
        String key = key();

        PayoutResult paid = payOut(key, wallet, "1500.00", PAID);

        assertThat(paid.status()).as(paid.message()).isEqualTo(PayoutStatus.SUCCEEDED);
        assertThat(paid.cardMasked()).isEqualTo("555555******4477");
        assertThat(paid.message()).contains("проведена").doesNotContain("5555555555554477");
        assertThat(balance(wallet)).isZero();
        assertThat(number("SELECT COALESCE(SUM(p.amount_minor), 0) FROM posting p JOIN payout o "
                + "ON p.entry_id IN (o.debit_entry_id, o.settle_entry_id) WHERE o.idempotence_key = ?", key))
                .as("the payout's own entries").isZero();
        assertThat(number("SELECT COALESCE(SUM(p.amount_minor), 0) FROM posting p JOIN account a ON a.id = p.account_id "
                + "JOIN payout o ON p.entry_id IN (o.debit_entry_id, o.settle_entry_id) "
                + "WHERE a.system_code = 'PAYOUTS_IN_TRANSIT' AND o.idempotence_key = ?", key)).as("nothing left in transit").isZero();
        assertThat(number("SELECT COALESCE(SUM(p.amount_minor), 0) FROM posting p JOIN account a ON a.id = p.account_id "
                + "JOIN payout o ON p.entry_id = o.settle_entry_id WHERE a.system_code = 'BANK_CARD_ACQUIRING' "
                + "AND o.idempotence_key = ?", key)).as("settled with the acquirer").isEqualTo(1500_00);
        assertThat(number("SELECT COUNT(*) FROM payout WHERE idempotence_key = ? AND card_masked = '555555******4477'", key))
                .isEqualTo(1);
    }

    @Test
    void aCanceledPayoutGivesTheMoneyBackAndSaysWhy() throws SQLException {
        Contract wallet = walletWith("1500.00");
        String key = key();

        PayoutResult canceled = payOut(key, wallet, "1500.00", DECLINED);

        assertThat(canceled.status()).isEqualTo(PayoutStatus.CANCELED);
        assertThat(canceled.message()).contains("банк карты отклонил выплату").contains("вернулись на баланс");
        assertThat(balance(wallet)).isEqualTo(1500_00);
        assertThat(backOffice.call(() -> payouts.find(key))).hasValueSatisfying(
                found -> assertThat(found.status()).isEqualTo(PayoutStatus.CANCELED));
        assertThat(number("SELECT r.reverses_entry_id - o.debit_entry_id FROM payout o JOIN journal_entry r "
                + "ON r.id = o.settle_entry_id WHERE o.idempotence_key = ?", key)).as("the reversal of its debit").isZero();
    }

    @Test
    void theSameKeyTwiceAndAtOncePaysOnce() throws Exception {
        Contract wallet = walletWith("1500.00");
        String key = key();
        List<Callable<Object>> racers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            racers.add(() -> payOut(key, wallet, "500.00", PAID).payoutId());
        }

        List<Object> ids = race(racers);
        PayoutResult again = payOut(key, wallet, "500.00", PAID);

        assertThat(ids).containsOnly(again.payoutId());
        assertThat(again.status()).isEqualTo(PayoutStatus.SUCCEEDED);
        assertThat(balance(wallet)).isEqualTo(1000_00);
        assertThat(number("SELECT COUNT(*) FROM journal_entry WHERE contract_id = ? AND kind = 'PAYOUT'", wallet.id())).isEqualTo(1);
        assertThat(Thrown.by(() -> payOut(key, wallet, "400.00", PAID))).isInstanceOfSatisfying(PayoutRefusal.class,
                refused -> assertThat(refused.code()).isEqualTo(PayoutRefusal.Code.KEY_REUSED));
    }

    @Test
    void aSecondPayoutAtTheSameMomentForMoreThanIsLeftIsRefused() throws Exception {
        Contract wallet = walletWith("1500.00");
        List<Callable<Object>> racers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            racers.add(() -> {
                try {
                    return payOut(key(), wallet, "1000.00", PAID).status();
                } catch (RuntimeException e) {
                    return Thrown.by(() -> {
                        throw e;
                    });
                }
            });
        }

        List<Object> outcomes = race(racers);

        assertThat(outcomes).filteredOn(PayoutStatus.SUCCEEDED::equals).hasSize(1);
        assertThat(outcomes).filteredOn(PayoutRefusal.class::isInstance).singleElement()
                .satisfies(refused -> assertThat(((PayoutRefusal) refused).code()).isEqualTo(PayoutRefusal.Code.BALANCE_TOO_LOW));
        assertThat(balance(wallet)).isEqualTo(500_00);
    }

    @Test
    void aPendingPayoutIsSettledWhenAskedAgainOrByThePoll() throws SQLException {
        Contract wallet = walletWith("1500.00");
        String paidKey = key();
        String declinedKey = key();

        PayoutResult pending = payOut(paidKey, wallet, "1000.00", PENDING_THEN_PAID);
        PayoutResult alsoPending = payOut(declinedKey, wallet, "500.00", PENDING_THEN_DECLINED);

        assertThat(pending.status()).isEqualTo(PayoutStatus.PENDING);
        assertThat(alsoPending.status()).isEqualTo(PayoutStatus.PENDING);
        assertThat(balance(wallet)).as("the money has left the wallet").isZero();

        assertThat(payOut(paidKey, wallet, "1000.00", PENDING_THEN_PAID).status()).isEqualTo(PayoutStatus.SUCCEEDED);
        update("UPDATE payout SET checked_at = checked_at - INTERVAL '5' MINUTE WHERE idempotence_key = ?", declinedKey);
        poll.pollPending();

        assertThat(backOffice.call(() -> payouts.find(declinedKey))).hasValueSatisfying(
                found -> assertThat(found.status()).isEqualTo(PayoutStatus.CANCELED));
        assertThat(balance(wallet)).as("the declined one's money back").isEqualTo(500_00);
    }

    @Test
    void aBadCardNumberIsRefusedAndNothingIsWritten() throws SQLException {
        Contract wallet = walletWith("1500.00");
        String key = key();

        assertThat(Thrown.by(() -> payOut(key, wallet, "1500.00", "5555 5555 5555 4478"))).isInstanceOfSatisfying(
                PayoutRefusal.class, refused -> assertThat(refused.code()).isEqualTo(PayoutRefusal.Code.CARD_NUMBER_INVALID));
        assertThat(Thrown.by(() -> payOut(key, wallet, "0.00", PAID))).isInstanceOfSatisfying(
                PayoutRefusal.class, refused -> assertThat(refused.code()).isEqualTo(PayoutRefusal.Code.AMOUNT_INVALID));

        assertThat(balance(wallet)).isEqualTo(1500_00);
        assertThat(number("SELECT COUNT(*) FROM payout WHERE contract_id = ?", wallet.id())).isZero();
        assertThat(number("SELECT COUNT(*) FROM journal_entry WHERE contract_id = ?", wallet.id())).as("its top-up only").isEqualTo(1);
    }

    private PayoutResult payOut(String key, Contract wallet, String amount, String card) {
        return backOffice.call(() -> payouts.payOut(key, wallet.id(), rub(amount), card, "Закрытие кошелька " + wallet.number()));
    }

    private Contract walletWith(String amount) {
        Contract wallet = backOffice.call(() -> contracts.activate(contracts.openWallet("wallet-" + UUID.randomUUID(), null,
                WalletTier.NON_IDENTIFIED, "Europe/Moscow").id(), "offer accepted"));
        assertThat(payments.topUp(Fixtures.key("partner:agent-demo"), PurseRef.ofContract(wallet.number()), rub(amount),
                TopUpChannel.PAYMENT_AGENT, "partner:agent-demo").isApproved()).isTrue();
        return wallet;
    }

    private static String key() {
        return "it-payout-" + UUID.randomUUID();
    }

    private static List<Object> race(List<Callable<Object>> racers) throws Exception {
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
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> run : runs) {
                outcomes.add(run.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private long balance(Contract wallet) throws SQLException {
        return number("SELECT balance_minor FROM account WHERE contract_id = ? AND card_id IS NULL AND purpose = 'MAIN' "
                + "AND currency = 'RUB'", wallet.id());
    }

    private long number(String sql, Object parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).as(sql).isTrue();
                return rows.getLong(1);
            }
        }
    }

    private void update(String sql, Object parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
    }

    private static Amount rub(String value) {
        return Amount.parse(value, Currency.RUB);
    }
}
