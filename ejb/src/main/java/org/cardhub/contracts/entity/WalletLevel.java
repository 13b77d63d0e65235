package org.cardhub.contracts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.money.RoublesAsKopecksConverter;

import java.time.Instant;
import java.util.Objects;

import static org.cardhub.contracts.entity.InvalidWalletLevelException.Cap.BALANCE;
import static org.cardhub.contracts.entity.InvalidWalletLevelException.Cap.MONTHLY_TURNOVER;
import static org.cardhub.contracts.entity.InvalidWalletLevelException.Code.CAP_NOT_POSITIVE;
import static org.cardhub.contracts.entity.InvalidWalletLevelException.Code.CAP_NOT_ROUBLES;
import static org.cardhub.contracts.entity.InvalidWalletLevelException.Code.CAP_REQUIRED;
import static org.cardhub.contracts.entity.InvalidWalletLevelException.Code.CAP_TOO_LARGE;
import static org.cardhub.contracts.entity.InvalidWalletLevelException.Code.IDENTIFIED_BELOW_NON_IDENTIFIED;

/**
 * An identification level of wallets as data (V45): the caps every wallet of its {@link WalletTier} has on its balance
 * and on its turnover in a calendar month, and who changed them last. Not cached: every server reads the row, so a
 * change holds for all wallets of the tier from its commit on.
 */
@Entity
@Table(name = "wallet_level")
public class WalletLevel {

    /** The highest cap the back office may set: ten million roubles; more is a slip of the keyboard. */
    public static final Amount HIGHEST_CAP = Amount.ofMinorUnits(10_000_000L * 100, Currency.RUB);

    @Id
    @Enumerated(EnumType.STRING)
    private WalletTier tier;

    @Column(name = "max_balance_minor")
    @Convert(converter = RoublesAsKopecksConverter.class)
    private Amount maxBalance;

    @Column(name = "max_monthly_turnover_minor")
    @Convert(converter = RoublesAsKopecksConverter.class)
    private Amount maxMonthlyTurnover;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "changed_by")
    private String changedBy;

    @Version
    private long version;

    protected WalletLevel() {
    }

    /** A level with its caps; the migration seeds the two rows, which the application only reads and changes. */
    WalletLevel(WalletTier tier, Amount maxBalance, Amount maxMonthlyTurnover, String actor, Instant at) {
        this.tier = Objects.requireNonNull(tier);
        change(maxBalance, maxMonthlyTurnover, actor, at);
    }

    /** The caps a wallet of this level has now. */
    public WalletCaps caps() {
        return new WalletCaps(tier, maxBalance, maxMonthlyTurnover);
    }

    /**
     * New caps for every wallet of the level: each an amount of roubles above zero and at most {@link #HIGHEST_CAP};
     * refused with the cap that is wrong, and nothing changed.
     */
    public void change(Amount maxBalance, Amount maxMonthlyTurnover, String actor, Instant at) {
        requireCap(maxBalance, BALANCE);
        requireCap(maxMonthlyTurnover, MONTHLY_TURNOVER);
        this.maxBalance = maxBalance;
        this.maxMonthlyTurnover = maxMonthlyTurnover;
        this.changedBy = Objects.requireNonNull(actor);
        this.changedAt = Objects.requireNonNull(at);
    }

    /**
     * Refuses caps of the identified level below those of the non-identified one: identification never takes away
     * what a wallet may hold or spend.
     */
    public static void requireIdentifiedNotBelow(WalletCaps nonIdentified, WalletCaps identified) {
        if (identified.maxBalance().isLessThan(nonIdentified.maxBalance())) {
            throw belowNonIdentified(BALANCE, "balance", identified.maxBalance(), nonIdentified.maxBalance());
        }
        if (identified.maxMonthlyTurnover().isLessThan(nonIdentified.maxMonthlyTurnover())) {
            throw belowNonIdentified(MONTHLY_TURNOVER, "monthly turnover", identified.maxMonthlyTurnover(),
                    nonIdentified.maxMonthlyTurnover());
        }
    }

    /** "balance cap 15000.00 RUB, monthly turnover cap 40000.00 RUB": what the audit trail keeps before and after. */
    public String describe() {
        return "balance cap " + maxBalance.toPlainString() + " RUB, monthly turnover cap "
                + maxMonthlyTurnover.toPlainString() + " RUB";
    }

    public WalletTier tier() {
        return tier;
    }

    public Instant changedAt() {
        return changedAt;
    }

    /** The back-office person's Keycloak id, or {@code system} for the caps the migration seeded. */
    public String changedBy() {
        return changedBy;
    }

    private static void requireCap(Amount cap, InvalidWalletLevelException.Cap which) {
        String name = which == BALANCE ? "The balance cap" : "The monthly turnover cap";
        if (cap == null) {
            throw new InvalidWalletLevelException(CAP_REQUIRED, which, name + " is required");
        }
        if (cap.currency() != Currency.RUB) {
            throw new InvalidWalletLevelException(CAP_NOT_ROUBLES, which, name + " is in roubles and kopecks, not " + cap);
        }
        if (!cap.isPositive()) {
            throw new InvalidWalletLevelException(CAP_NOT_POSITIVE, which, name + " is more than zero, not "
                    + cap.toPlainString() + " RUB");
        }
        if (cap.isGreaterThan(HIGHEST_CAP)) {
            throw new InvalidWalletLevelException(CAP_TOO_LARGE, which, name + " is at most "
                    + HIGHEST_CAP.toPlainString() + " RUB, not " + cap.toPlainString());
        }
    }

    private static InvalidWalletLevelException belowNonIdentified(InvalidWalletLevelException.Cap which, String name,
                                                                  Amount identified, Amount nonIdentified) {
        return new InvalidWalletLevelException(IDENTIFIED_BELOW_NON_IDENTIFIED, which, "The identified level's " + name
                + " cap (" + identified.toPlainString() + " RUB) may not be below the non-identified level's ("
                + nonIdentified.toPlainString() + " RUB)");
    }
}
