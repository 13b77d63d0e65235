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
 * money (and in litres, if it has a litre account), what was distributed onto its cards, its cards by status (those
 * the manager sees), and what needs their action: blocked cards, and money under the threshold the company set.
 *
 * @param lowBalance        the available money under which the company is warned, or null when it set none
 * @param belowLowBalance   whether the available money is under it now
 * @param mayWarnBelow      whether this manager may set or clear the threshold
 */
public record ContractOverview(long id, String number, String tariffName, ContractStatus status, BalanceModel balanceModel,
                               Funding funding, Amount creditLimit, ZoneId timeZone, Purse money, Purse litres,
                               Amount onCards, Map<CardStatus, Long> cardsByStatus, Amount lowBalance,
                               boolean belowLowBalance, boolean mayWarnBelow) implements Serializable {

    /** What an account may still spend and what terminals hold on it for fill-ups not yet completed. */
    public record Purse(Amount available, Amount held) implements Serializable {
    }

    /** Whether the contract keeps litres too (a litre account of its own); {@code litres} is null otherwise. */
    public boolean keepsLitres() {
        return litres != null;
    }

    /** The fleet's cards; those replaced by a reissue are history, not fleet. */
    public long cards() {
        return cardsByStatus.entrySet().stream().filter(count -> count.getKey() != CardStatus.REISSUED)
                .mapToLong(Map.Entry::getValue).sum();
    }

    public long cards(CardStatus status) {
        return cardsByStatus.getOrDefault(status, 0L);
    }

    /** Whether anything asks for the manager's action: a blocked card, or the money under the company's threshold. */
    public boolean needsAction() {
        return cards(CardStatus.BLOCKED) > 0 || belowLowBalance;
    }
}
