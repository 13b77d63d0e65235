package org.cardhub.it.core;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.cardhub.contracts.boundary.WalletLevels;
import org.cardhub.contracts.entity.InvalidWalletLevelException;
import org.cardhub.contracts.entity.WalletLevelView;
import org.cardhub.contracts.entity.WalletTier;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.payments.entity.Outcome;
import org.cardhub.refusal.Refusal;
import org.cardhub.wallets.boundary.MyWallet;
import org.cardhub.wallets.boundary.WalletTransfers;
import org.cardhub.wallets.entity.Receiver;
import org.cardhub.wallets.entity.TransferReceipt;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wallets' identification levels as data, inside Payara on the real database: the back office lowers the
 * non-identified balance cap and at once a top-up or a transfer above it into a non-identified wallet is declined naming
 * the new cap; a wallet holder reads the levels but cannot change them; the identified level below the non-identified
 * one is refused and changes nothing. Each test puts the levels back as they were: the other tests share the database.
 */
@ExtendWith(ArquillianExtension.class)
class WalletLevelsIT {

    private static final Amount LOWERED = rub("5000.00");

    @Deployment
    static EnterpriseArchive deployment() {
        return CoreTestDeployment.shared();
    }

    @EJB
    WalletLevels levels;

    @EJB
    WalletTransfers transfers;

    @EJB
    MyWallet myWallet;

    @EJB
    WalletFixtures wallets;

    @EJB
    BackOffice backOffice;

    @EJB
    AsWalletHolder holder;

    @Resource(lookup = "jdbc/cardhub")
    DataSource dataSource;

    private List<WalletLevelView> before;

    @BeforeEach
    void rememberTheLevels() {
        before = backOffice.call(() -> levels.all());
        assertThat(before).extracting(WalletLevelView::tier).containsExactly(WalletTier.NON_IDENTIFIED, WalletTier.IDENTIFIED);
        assertThat(level(before, WalletTier.NON_IDENTIFIED).maxBalance()).as("the test lowers the cap").isGreaterThan(LOWERED);
    }

    @AfterEach
    void putTheLevelsBack() {
        List<WalletLevelView> now = backOffice.call(() -> levels.all());
        if (!caps(now).equals(caps(before))) {
            // the identified level may not pass below the non-identified one on the way back either
            List<WalletTier> order = above(level(now, WalletTier.NON_IDENTIFIED), level(before, WalletTier.IDENTIFIED))
                    ? List.of(WalletTier.NON_IDENTIFIED, WalletTier.IDENTIFIED)
                    : List.of(WalletTier.IDENTIFIED, WalletTier.NON_IDENTIFIED);
            order.forEach(tier -> backOffice.call(() -> levels.change(tier, level(before, tier).maxBalance(),
                    level(before, tier).maxMonthlyTurnover())));
        }
        assertThat(caps(backOffice.call(() -> levels.all()))).as("the levels as they were").isEqualTo(caps(before));
    }

    @Test
    void aLoweredBalanceCapDeclinesATopUpAndATransferAboveItAtOnceNamingTheNewCap() throws Exception {
        WalletFixtures.Wallet sender = wallets.of(WalletFixtures.FIRST);
        wallets.topUpTo(sender, "1500.00");
        WalletFixtures.Wallet receiver = wallets.stranger("Низкий", "Лимит");
        Amount turnover = level(before, WalletTier.NON_IDENTIFIED).maxMonthlyTurnover();

        WalletLevelView lowered = backOffice.call(() -> levels.change(WalletTier.NON_IDENTIFIED, LOWERED, turnover));

        assertThat(lowered.maxBalance()).isEqualTo(LOWERED);
        assertThat(lowered.changedBy()).as("the back-office person").isNotBlank().isNotEqualTo("system");
        assertThat(holder.call(() -> myWallet.overview()).maxBalance()).as("every wallet of the level")
                .isEqualTo(LOWERED);
        Outcome topUp = wallets.topUp(receiver, "5000.01");
        assertThat(topUp.isApproved()).isFalse();
        assertThat(topUp.code()).isEqualTo("WALLET_CAP");
        assertThat(topUp.message()).contains("5000.00");
        assertThat(wallets.balance(receiver).isZero()).isTrue();
        assertThat(wallets.topUp(receiver, "4000.00").isApproved()).as("up to the cap").isTrue();

        TransferReceipt transfer = holder.call(() -> transfers.send(UUID.randomUUID().toString(), Receiver.Kind.WALLET,
                receiver.phone(), rub("1000.01"), null));

        assertThat(transfer.sent()).isFalse();
        assertThat(transfer.declineCode()).isEqualTo("WALLET_CAP");
        assertThat(transfer.declineMessage()).isEqualTo("The receiving wallet holds at most 5000.00 RUB");
        assertThat(wallets.balance(receiver)).isEqualTo(rub("4000.00"));
        assertThat(auditDetails()).as("kept in the audit trail, old -> new")
                .anySatisfy(details -> assertThat(details).startsWith("NON_IDENTIFIED: balance cap "
                        + level(before, WalletTier.NON_IDENTIFIED).maxBalance().toPlainString())
                        .endsWith("-> balance cap 5000.00 RUB, monthly turnover cap " + turnover.toPlainString() + " RUB"));
    }

    @Test
    void aWalletHolderReadsTheLevelsButCannotChangeThem() throws Exception {
        List<WalletLevelView> seen = holder.call(() -> levels.all());
        assertThat(caps(seen)).isEqualTo(caps(before));
        assertThat(seen).extracting(WalletLevelView::changedBy).as("not told who in the back office").containsOnlyNulls();
        int audited = auditDetails().size();

        Throwable refused = Thrown.by(() -> holder.call(() -> levels.change(WalletTier.NON_IDENTIFIED, rub("1000000.00"),
                rub("1000000.00"))));

        assertThat(refused).isInstanceOf(EJBAccessException.class);
        assertThat(caps(backOffice.call(() -> levels.all()))).isEqualTo(caps(before));
        assertThat(auditDetails()).hasSize(audited);
    }

    @Test
    void theIdentifiedLevelBelowTheNonIdentifiedOneIsRefusedAndNothingChanges() {
        WalletLevelView nonIdentified = level(before, WalletTier.NON_IDENTIFIED);
        WalletLevelView identified = level(before, WalletTier.IDENTIFIED);
        int audited = auditDetails().size();

        Throwable lowered = Thrown.by(() -> backOffice.call(() -> levels.change(WalletTier.IDENTIFIED,
                nonIdentified.maxBalance().minus(rub("0.01")), identified.maxMonthlyTurnover())));
        Throwable raised = Thrown.by(() -> backOffice.call(() -> levels.change(WalletTier.NON_IDENTIFIED,
                nonIdentified.maxBalance(), identified.maxMonthlyTurnover().plus(rub("0.01")))));

        assertThat(lowered).isInstanceOf(InvalidWalletLevelException.class);
        assertThat(((Refusal) lowered).code()).isEqualTo(InvalidWalletLevelException.Code.IDENTIFIED_BELOW_NON_IDENTIFIED);
        assertThat(((InvalidWalletLevelException) lowered).cap()).isEqualTo(InvalidWalletLevelException.Cap.BALANCE);
        assertThat(lowered.getMessage()).contains(nonIdentified.maxBalance().toPlainString());
        assertThat(((Refusal) raised).code()).isEqualTo(InvalidWalletLevelException.Code.IDENTIFIED_BELOW_NON_IDENTIFIED);
        assertThat(((InvalidWalletLevelException) raised).cap()).isEqualTo(InvalidWalletLevelException.Cap.MONTHLY_TURNOVER);
        assertThat(backOffice.call(() -> levels.all())).as("caps, who and when as they were").isEqualTo(before);
        assertThat(auditDetails()).hasSize(audited);
    }

    private static WalletLevelView level(List<WalletLevelView> levels, WalletTier tier) {
        return levels.stream().filter(level -> level.tier() == tier).findFirst().orElseThrow();
    }

    /** Whether either cap of {@code one} is above the other's. */
    private static boolean above(WalletLevelView one, WalletLevelView other) {
        return one.maxBalance().isGreaterThan(other.maxBalance())
                || one.maxMonthlyTurnover().isGreaterThan(other.maxMonthlyTurnover());
    }

    private static List<Object> caps(List<WalletLevelView> levels) {
        return levels.stream().<Object>map(WalletLevelView::caps).toList();
    }

    /** The level changes in the audit trail, each as "TIER: details". */
    private List<String> auditDetails() {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(
                "SELECT subject_id, details FROM audit_event WHERE action = 'wallet-level.change' ORDER BY id")) {
            List<String> details = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    details.add(row.getString(1) + ": " + row.getString(2));
                }
            }
            return details;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Amount rub(String value) {
        return Amount.parse(value, Currency.RUB);
    }
}
