package org.cardhub.bonus.entity;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The movements of a book as the ledger would post them: each one a balanced entry from one account to another.
 * Until the ledger keeps points this view is how the tests prove they would post without leaving a point unbalanced.
 */
public final class PointsLedgerView {

    private final Map<PointsAccount, Amount> balances = new EnumMap<>(PointsAccount.class);
    private final Map<Currency, Amount> sums = new EnumMap<>(Currency.class);

    private PointsLedgerView() {
    }

    public static PointsLedgerView of(List<PointsMovement> movements) {
        PointsLedgerView view = new PointsLedgerView();
        movements.stream().flatMap(movement -> movement.postings().stream()).forEach(posting -> {
            view.balances.merge(posting.account(), posting.amount(), Amount::plus);
            view.sums.merge(posting.amount().currency(), posting.amount(), Amount::plus);
        });
        return view;
    }

    public Amount balance(PointsAccount account) {
        return balances.getOrDefault(account, Amount.zero(Currency.POINTS));
    }

    /** The sum of all postings in each currency: zero for every currency when every entry balances. */
    public Map<Currency, Amount> sumPerCurrency() {
        return Map.copyOf(sums);
    }
}
