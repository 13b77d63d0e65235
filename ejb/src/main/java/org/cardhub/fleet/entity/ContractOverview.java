package org.cardhub.fleet.entity;

import org.cardhub.cards.entity.CardStatus;
import org.cardhub.contracts.entity.BalanceModel;
import org.cardhub.contracts.entity.ContractStatus;
import org.cardhub.contracts.entity.Funding;
import org.cardhub.money.Amount;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.Map;

/**
 * A company's contract as its fleet manager sees it at a glance: how it is funded, what its own account holds in
 * money (and in litres, if it has a litre account), what was distributed onto its cards, and its cards by status.
 */
public record ContractOverview(long id, String number, String tariffName, ContractStatus status, BalanceModel balanceModel,
                               Funding funding, Amount creditLimit, ZoneId timeZone, Purse money, Purse litres,
                               Amount onCards, Map<CardStatus, Long> cardsByStatus) implements Serializable {

    /** What an account may still spend and what terminals hold on it for fill-ups not yet completed. */
    public record Purse(Amount available, Amount held) implements Serializable {
    }

    /** Whether the contract keeps litres too (a litre account of its own); {@code litres} is null otherwise. */
    public boolean keepsLitres() {
        return litres != null;
    }

    public long cards() {
        return cardsByStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    public long cards(CardStatus status) {
        return cardsByStatus.getOrDefault(status, 0L);
    }
}
