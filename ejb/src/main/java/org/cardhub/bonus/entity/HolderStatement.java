package org.cardhub.bonus.entity;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What a wallet holder sees of their points as of a day: spendable now, pending (and the first day some of them become
 * spendable), spent, earned and expired so far, those expiring soon (and the first day some of them expire), the bonus
 * cards registered to the wallet and how many movements the book has.
 */
public record HolderStatement(String wallet, LocalDate asOf, Amount available, Amount pending, LocalDate pendingUntil,
                              Amount spent, Amount earned, Amount expired, Amount expiringSoon, LocalDate expiringOn,
                              List<BonusCardView> cards, long movements) {

    public HolderStatement {
        cards = List.copyOf(cards);
    }

    /** The statement of a book brought to its day (a book never kept yet: nothing at all). */
    public static HolderStatement of(String wallet, PointsBook book, List<BonusCardView> cards, long movements) {
        PointsStatement points = book.statement();
        LocalDate asOf = book.today();
        List<PointsLot> holding = book.lots().stream().filter(lot -> !lot.isClosed() && lot.remaining().isPositive())
                .toList();
        LocalDate pendingUntil = first(holding, PointsLot::isPending, PointsLot::spendableFrom);
        LocalDate expiringOn = asOf == null ? null : first(holding, lot -> !lot.isPending() && !lot.isExpiredOn(asOf)
                && book.rules().isExpiringSoon(lot.expiresOn(), asOf), PointsLot::expiresOn);
        return new HolderStatement(wallet, asOf, points.available(), points.pending(), pendingUntil, points.spent(),
                points.earned(), points.expired(), points.expiringSoon(), expiringOn, cards, movements);
    }

    public static HolderStatement empty(String wallet, LocalDate asOf, List<BonusCardView> cards) {
        Amount none = Amount.zero(Currency.POINTS);
        return new HolderStatement(wallet, asOf, none, none, null, none, none, none, none, null, cards, 0);
    }

    /** Whether the holder has had no points at all yet: the page explains how to earn them. */
    public boolean isEmpty() {
        return movements == 0 && !earned.isPositive();
    }

    private static LocalDate first(List<PointsLot> lots, Predicate<PointsLot> which,
                                   Function<PointsLot, LocalDate> date) {
        return lots.stream().filter(which).map(date).min(Comparator.naturalOrder()).orElse(null);
    }
}
