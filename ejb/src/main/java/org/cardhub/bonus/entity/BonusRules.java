package org.cardhub.bonus.entity;

import static org.cardhub.bonus.entity.BonusRefusal.Code.PURCHASE_INVALID;
import static org.cardhub.bonus.entity.BonusRefusal.Code.RULES_INVALID;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A bonus programme's rules as data. Rates and the share points may pay are in basis points (hundredths of a
 * percent: 1000 = 10 %, 310 = 3.1 %) so that every rate is an exact integer and no rule needs a floating point.
 * <p>
 * Rounding: one point is one rouble, so a kopeck of a check is a hundredth of a point. A purchase earns its
 * eligible total (the lines whose category is not excluded, summed first) times the rate, rounded <em>down</em> to
 * the hundredth of a point, once per purchase; the share points may pay is rounded down to the hundredth the same
 * way. Rounding down never gives away what the rate does not promise.
 * <p>
 * Time: points earned on a day become spendable {@code pendingDays} later and expire {@code lifetimeMonths} after
 * the day they were <em>earned</em> (not after they became spendable): a lot is spendable on the days from its
 * spendable day up to, not including, its expiry day. Counting from the purchase lets the holder read both dates
 * off the check. Categories are compared without regard to case or surrounding blanks.
 */
public record BonusRules(long inNetworkRateBasisPoints, long outOfNetworkRateBasisPoints, Set<String> excludedCategories,
                         int pendingDays, int lifetimeMonths, long maxShareBasisPoints, int expiringSoonDays) {

    private static final long WHOLE = 10_000;

    /** Kari's club (seed 003): 10 % in the network, 3.1 % cashback outside, 3 days pending, 3 months, at most 30 %. */
    public static final BonusRules KARI = new BonusRules(1000, 310, Set.of("Суперцена", "Гигиена", "Питание"),
            3, 3, 3000, 14);

    public BonusRules {
        if (inNetworkRateBasisPoints < 0 || inNetworkRateBasisPoints > WHOLE
                || outOfNetworkRateBasisPoints < 0 || outOfNetworkRateBasisPoints > WHOLE
                || maxShareBasisPoints < 0 || maxShareBasisPoints > WHOLE) {
            throw new BonusRefusal(RULES_INVALID, "Rates and the share points may pay are between 0 and 10000 basis points");
        }
        if (pendingDays < 0 || lifetimeMonths < 1 || expiringSoonDays < 0) {
            throw new BonusRefusal(RULES_INVALID, "Pending days and the warning of expiry are not negative; points live a month at least");
        }
        // A lot that expired while still pending would have to be spendable for no day at all.
        if (!LocalDate.of(2000, 2, 1).plusDays(pendingDays).isBefore(LocalDate.of(2000, 2, 1).plusMonths(lifetimeMonths))) {
            throw new BonusRefusal(RULES_INVALID, "Points must become spendable before they expire");
        }
        excludedCategories = excludedCategories.stream().map(BonusRules::normalised).collect(Collectors.toUnmodifiableSet());
    }

    public boolean isExcluded(String category) {
        return excludedCategories.contains(normalised(category));
    }

    /** What a purchase earns: its eligible lines' total times the network's or the cashback rate, rounded down. */
    public Amount pointsFor(List<PurchaseLine> lines, boolean inNetwork) {
        if (lines == null || lines.isEmpty()) {
            throw new BonusRefusal(PURCHASE_INVALID, "A purchase has at least one line");
        }
        long eligibleKopecks = lines.stream().filter(line -> !isExcluded(line.category()))
                .mapToLong(line -> line.price().minorUnits()).reduce(0, Math::addExact);
        return share(eligibleKopecks, inNetwork ? inNetworkRateBasisPoints : outOfNetworkRateBasisPoints);
    }

    /** The most points may pay of a purchase of that amount, rounded down. */
    public Amount maxPointsFor(Amount purchase) {
        if (purchase == null || purchase.currency() != Currency.RUB || !purchase.isPositive()) {
            throw new BonusRefusal(PURCHASE_INVALID, "A purchase's amount must be positive roubles, was " + purchase);
        }
        return share(purchase.minorUnits(), maxShareBasisPoints);
    }

    public LocalDate spendableFrom(LocalDate earnedOn) {
        return earnedOn.plusDays(pendingDays);
    }

    public LocalDate expiresOn(LocalDate earnedOn) {
        return earnedOn.plusMonths(lifetimeMonths);
    }

    /** Whether points expiring on that day are "expiring soon" on today's statement: within the warning's days. */
    public boolean isExpiringSoon(LocalDate expiresOn, LocalDate today) {
        return !expiresOn.isAfter(today.plusDays(expiringSoonDays));
    }

    // Kopecks times basis points stays below Long's range: Amount bounds a purchase at 10^14 kopecks.
    private static Amount share(long kopecks, long basisPoints) {
        return Amount.ofMinorUnits(Math.multiplyExact(kopecks, basisPoints) / WHOLE, Currency.POINTS);
    }

    private static String normalised(String category) {
        return category == null ? "" : category.strip().toLowerCase(Locale.ROOT);
    }
}
