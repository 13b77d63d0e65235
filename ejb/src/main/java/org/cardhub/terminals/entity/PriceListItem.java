package org.cardhub.terminals.entity;

import org.cardhub.money.Amount;

import java.util.List;

/**
 * A product on a terminal's price list: its code, name, category (what limits see) and price per unit; for a dish of the
 * school's menu also its portion (in {@code portionUnit}, G or ML), allergens and whether it is of the free complex.
 */
public record PriceListItem(String code, String name, String category, Amount price, TerminalProduct.Unit unit,
                            Source source, Integer portion, String portionUnit, List<String> allergens, boolean freeComplex) {

    /** Where the product comes from: the terminal's own list, kept by the back office, or the school's menu of the day. */
    public enum Source { TERMINAL, MENU }

    public PriceListItem {
        allergens = allergens == null ? List.of() : List.copyOf(allergens);
    }

    public static PriceListItem of(TerminalProduct product) {
        return new PriceListItem(product.productCode(), product.name(), product.category(), product.price(), product.unit(),
                Source.TERMINAL, null, null, List.of(), false);
    }
}
