package org.cardhub.contracts.entity;

import org.cardhub.money.Amount;

import java.io.Serializable;
import java.time.Instant;

/**
 * An identification level as the pages read it: the tier, its caps, and when and by whom they were changed last
 * ({@code changedBy} a back-office person's Keycloak id, {@code system} for the seeded caps, null for a wallet holder,
 * who is not told who in the back office it was).
 */
public record WalletLevelView(WalletTier tier, Amount maxBalance, Amount maxMonthlyTurnover, Instant changedAt,
                              String changedBy) implements Serializable {

    public static WalletLevelView of(WalletLevel level, boolean withWho) {
        WalletCaps caps = level.caps();
        return new WalletLevelView(level.tier(), caps.maxBalance(), caps.maxMonthlyTurnover(), level.changedAt(),
                withWho ? level.changedBy() : null);
    }

    public WalletCaps caps() {
        return new WalletCaps(tier, maxBalance, maxMonthlyTurnover);
    }
}
