package org.cardhub.it.core;

import jakarta.ejb.EJB;
import org.cardhub.it.SmsLog;
import org.cardhub.cards.entity.CardForm;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.refusal.Refusal;
import org.cardhub.wallets.boundary.MyWallet;
import org.cardhub.wallets.boundary.WalletClosure;
import org.cardhub.wallets.control.Dormancy;
import org.cardhub.wallets.control.HolderSteps;
import org.cardhub.wallets.entity.ClosedWallet;
import org.cardhub.wallets.entity.WalletRefusal;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A wallet ends: on its holder's request with the code to the phone — what is left paid out to a bank card through the
 * acquirer's emulator first, refused without a card, left open when the bank declines — and by itself after 366 quiet
 * days, its holder told 30 days before.
 */
@ExtendWith(ArquillianExtension.class)
class WalletClosureIT {

    /** Cards of the acquirer emulator (docs/acquiring-api.md): paid at once, and declined for insufficient funds. */
    private static final String PAID = "4111 1111 1111 1111";
    private static final String DECLINED = "5555 5555 5555 4592";

    @Deployment
    static EnterpriseArchive deployment() {
        return CoreTestDeployment.shared();
    }

    @EJB
    WalletClosure closure;

    @EJB
    MyWallet myWallet;

    @EJB
    HolderSteps holderSteps;

    @EJB
    Dormancy dormancy;

    @EJB
    WalletFixtures wallets;

    @EJB
    AsClosingHolder holder;

    @Resource(lookup = "jdbc/cardhub")
    DataSource dataSource;

    @Test
    void closingPaysTheRestOutToTheCardThenClosesTheCardsAndTheWallet() throws Exception {
        WalletFixtures.Wallet wallet = wallets.fresh(WalletFixtures.THIRD);
        wallets.topUp(wallet, "120.50");
        holder.call(() -> holderSteps.addCard(CardForm.VIRTUAL));

        ClosedWallet closed = holder.call(() -> closure.close(code(wallet), PAID));

        assertThat(closed.paidOut()).isEqualTo(Amount.parse("120.50", Currency.RUB));
        assertThat(closed.payoutCard()).isEqualTo("411111******1111");
        assertThat(wallets.balance(wallet).isZero()).isTrue();
        assertThat(text("SELECT status FROM contract WHERE id = ?", wallet.contractId())).isEqualTo("CLOSED");
        assertThat(text("SELECT COUNT(*) FROM card WHERE contract_id = ? AND status <> 'CLOSED'", wallet.contractId())).isEqualTo("0");
        assertThat(text("SELECT holder_phone FROM contract WHERE id = ?", wallet.contractId())).as("the phone is free again").isNull();
        assertThat(codeOf(() -> holder.call(() -> myWallet.sendConfirmationCode()))).isEqualTo(WalletRefusal.Code.WALLET_CLOSED);
    }

    @Test
    void moneyLeftAndNoCardIsRefusedAndADeclinedPayoutLeavesTheWalletOpenWithItsMoney() throws Exception {
        WalletFixtures.Wallet wallet = wallets.fresh(WalletFixtures.THIRD);
        wallets.topUp(wallet, "75.00");

        assertThat(codeOf(() -> holder.call(() -> closure.close("1234", " ")))).isEqualTo(WalletRefusal.Code.BALANCE_REMAINS);
        assertThat(codeOf(() -> holder.call(() -> closure.close(code(wallet), DECLINED)))).isEqualTo(WalletRefusal.Code.PAYOUT_FAILED);

        assertThat(wallets.balance(wallet)).isEqualTo(Amount.parse("75.00", Currency.RUB));
        assertThat(text("SELECT status FROM contract WHERE id = ?", wallet.contractId())).isEqualTo("ACTIVE");
    }

    @Test
    void anEmptyWalletClosesWithTheCodeAlone() throws Exception {
        WalletFixtures.Wallet wallet = wallets.fresh(WalletFixtures.THIRD);
        ClosedWallet closed = holder.call(() -> closure.close(code(wallet), null));
        assertThat(closed.paidOut().isZero()).isTrue();
        assertThat(text("SELECT closed_how FROM wallet_holder WHERE contract_id = ?", wallet.contractId())).isEqualTo("REQUEST");
    }

    @Test
    void aQuietWalletIsToldThirtyDaysAheadAndClosedOnItsThreeHundredSixtySixthDayWithItsBalanceKept() throws Exception {
        WalletFixtures.Wallet wallet = wallets.stranger("Тихий", "Кошелёк");
        wallets.topUp(wallet, "10.00");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);

        assertThat(dormancy.review(wallet.contractId(), now.plus(Duration.ofDays(300)))).isEqualTo(Dormancy.Step.NONE);
        SmsLog.Mark mark = SmsLog.mark();
        assertThat(dormancy.review(wallet.contractId(), now.plus(Duration.ofDays(337)))).isEqualTo(Dormancy.Step.NOTICE);
        assertThat(SmsLog.next(wallet.phone(), mark)).contains("будет закрыт");
        assertThat(dormancy.review(wallet.contractId(), now.plus(Duration.ofDays(340)))).as("told once").isEqualTo(Dormancy.Step.NONE);
        assertThat(dormancy.review(wallet.contractId(), now.plus(Duration.ofDays(367)))).isEqualTo(Dormancy.Step.CLOSED);

        assertThat(text("SELECT closed_how FROM wallet_holder WHERE contract_id = ?", wallet.contractId())).isEqualTo("DORMANT");
        assertThat(wallets.balance(wallet)).as("still claimable").isEqualTo(Amount.parse("10.00", Currency.RUB));
    }

    private String code(WalletFixtures.Wallet wallet) throws Exception {
        SmsLog.Mark mark = SmsLog.mark();
        holder.call(() -> myWallet.sendConfirmationCode());
        return SmsLog.nextCode(wallet.phone(), mark);
    }

    private String text(String sql, long id) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private static Object codeOf(WalletsIT.ThrowingRunnable work) {
        Throwable thrown = Thrown.by(work::run);
        assertThat(thrown).isInstanceOf(Refusal.class);
        return ((Refusal) thrown).code();
    }
}
