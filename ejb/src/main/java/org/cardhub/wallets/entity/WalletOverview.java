package org.cardhub.wallets.entity;

import org.cardhub.contracts.entity.WalletTier;
import org.cardhub.money.Amount;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A wallet at a glance for its holder: number, phone, name, tier with its caps and how much of them is used this
 * month, the balance, and the day it closes by itself if nothing happens.
 */
public record WalletOverview(long contractId, String number, String phone, String holderName, WalletTier tier,
                             Amount balance, Amount maxBalance, Amount turnoverThisMonth, Amount maxTurnover,
                             Instant closesBy, ZoneId zone, boolean open) implements Serializable {

    /** What may still land on the wallet before its balance cap. */
    public Amount roomToMaxBalance() {
        return balance.isGreaterThan(maxBalance) ? Amount.zero(balance.currency()) : maxBalance.minus(balance);
    }
}
