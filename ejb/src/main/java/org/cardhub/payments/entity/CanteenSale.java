package org.cardhub.payments.entity;

import org.cardhub.ledger.entity.EntryKind;
import org.cardhub.limits.entity.ProductCategory;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What counts as a school canteen's sale, the same for its reports and its supplier's settlements: a journal entry on
 * the school contract, booked under a category the canteen sells (hot meals, meals, buffet, drinks, sweets) or as a
 * free meal (paid from the school's own meal budget, a purchase of the pupil's), of a kind that sells — a purchase, the
 * completion of an authorisation — or takes a sale back, a reversal. What each posted to {@code MERCHANT_PAYABLE} (a
 * sale its amount, a reversal the same taken out) is the canteen's sale: the reports and the settlements add up those
 * postings.
 */
public final class CanteenSale {

    /** The categories the canteen sells under, as terminals, pre-orders and free meals book them. */
    public static final List<String> CATEGORIES = List.of("HOT_MEAL", "MEAL", "BUFFET", "DRINK", "SWEETS",
            ProductCategory.FREE_MEAL);

    /** The kinds of entries that sell or take a sale back. */
    public static final List<EntryKind> KINDS = List.of(EntryKind.PURCHASE, EntryKind.COMPLETION, EntryKind.REVERSAL);

    /** The category of a settlement's own entry, which is not a sale. */
    public static final String SETTLEMENT = "CANTEEN_SETTLEMENT";

    private static final Set<String> SOLD = Set.copyOf(CATEGORIES);

    private CanteenSale() {
    }

    public static boolean isCanteen(String category) {
        return category != null && SOLD.contains(category.strip().toUpperCase(Locale.ROOT));
    }

    /**
     * A sale counts one meal, its reversal takes it back: told by what it posted to the merchants' account (a sale in, a
     * reversal out — and the reversal of a reversal in again, a sale once more).
     */
    public static int mealsOf(long postedToMerchantsMinor) {
        return postedToMerchantsMinor < 0 ? -1 : 1;
    }

    /** The categories as a list of SQL literals, for statements that cannot bind a list. */
    public static String categoriesSql() {
        return String.join(", ", CATEGORIES.stream().map(category -> "'" + category + "'").toList());
    }

    /** The kinds as a list of SQL literals. */
    public static String kindsSql() {
        return String.join(", ", KINDS.stream().map(kind -> "'" + kind.name() + "'").toList());
    }
}
