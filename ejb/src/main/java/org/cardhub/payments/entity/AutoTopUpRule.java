package org.cardhub.payments.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cardhub.money.Amount;

/**
 * When an account's available money falls below the threshold, top it up to the target from a linked
 * source account (a parent's wallet, the contract account) — as far as the source can cover.
 */
@Entity
@Table(name = "auto_top_up_rule")
public class AutoTopUpRule {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "source_account_id")
    private long sourceAccountId;

    @Column(name = "threshold_minor")
    private long threshold;

    @Column(name = "target_minor")
    private long target;

    private boolean enabled;

    @Version
    private long version;

    protected AutoTopUpRule() {
    }

    public AutoTopUpRule(long accountId, long sourceAccountId, Amount threshold, Amount target) {
        if (accountId == sourceAccountId) {
            throw new InvalidOperationException(InvalidOperationException.Code.SAME_ACCOUNT, "An account cannot top itself up");
        }
        if (threshold.isNegative() || !target.isGreaterThan(threshold)) {
            throw new InvalidOperationException(InvalidOperationException.Code.AUTO_TOP_UP_INVALID,
                    "The target must be above a non-negative threshold");
        }
        this.accountId = accountId;
        this.sourceAccountId = sourceAccountId;
        this.threshold = threshold.minorUnits();
        this.target = target.minorUnits();
        this.enabled = true;
    }

    /** How much to move when the account has {@code available}; zero when it needs nothing. */
    public Amount topUpFor(Amount available) {
        if (!enabled || available.minorUnits() >= threshold) {
            return Amount.zero(available.currency());
        }
        return Amount.ofMinorUnits(target - available.minorUnits(), available.currency());
    }

    public void disable() {
        enabled = false;
    }

    public long accountId() {
        return accountId;
    }

    public long sourceAccountId() {
        return sourceAccountId;
    }
}
