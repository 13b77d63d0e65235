package org.cardhub.terminals.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a terminal sells on a date, at what price: its own products, then the dishes of its school's menu published for
 * that date (a canteen terminal's). A purchase line that names a product code must be of a product on the list, at the
 * listed price: this is how a terminal sells the menu's price of the day, and a stale price list is refused, not
 * charged.
 */
public record PriceList(String terminalId, LocalDate date, List<PriceListItem> items) {

    public PriceList {
        items = List.copyOf(items);
    }

    /** The terminal's own products by code, then the menu's dishes in the menu's order. */
    public static PriceList of(String terminalId, LocalDate date, List<TerminalProduct> own, List<PriceListItem> menu) {
        return new PriceList(terminalId, date, Stream.concat(own.stream()
                        .sorted(Comparator.comparing(TerminalProduct::productCode)).map(PriceListItem::of), menu.stream())
                .toList());
    }

    /** The product listed under {@code code}, matched regardless of case; the first one when a code were listed twice. */
    public Optional<PriceListItem> item(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toUpperCase(Locale.ROOT);
        return items.stream().filter(item -> item.code().toUpperCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    /**
     * Why the purchase's lines cannot be sold as sent: the first line that names a code not on the list, or a price
     * other than the listed one. Lines without a code are not checked (terminals that send none work as before).
     */
    public Optional<String> refusalOf(List<TerminalEvent.Item> lines) {
        for (TerminalEvent.Item line : lines) {
            if (line.code() == null) {
                continue;
            }
            Optional<PriceListItem> listed = item(line.code());
            if (listed.isEmpty()) {
                return Optional.of("Item " + line.code() + " is not on the price list of terminal " + terminalId + " for " + date);
            }
            if (!sameAmount(line.price(), listed.get())) {
                return Optional.of("Item " + line.code() + " (" + listed.get().name() + ") is listed at "
                        + listed.get().price().toPlainString() + " on " + date + ", not " + line.price());
            }
        }
        return Optional.empty();
    }

    /** Whether the line's price is the listed one, however many decimals it is written with ("55", "55.0", "55.00"). */
    private static boolean sameAmount(String price, PriceListItem listed) {
        try {
            return new BigDecimal(price).compareTo(listed.price().toBigDecimal()) == 0;
        } catch (NumberFormatException unreadable) {
            return false;
        }
    }
}
