package org.cardhub.api;

import org.cardhub.terminals.entity.PriceList;
import org.cardhub.terminals.entity.PriceListItem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A terminal's price list of one date, as terminals read it: prices as decimal strings, as the terminal protocol has them. */
@Schema(name = "TerminalProductList")
public record TerminalProductList(
        @Schema(description = "The calling terminal", example = "CANTEEN-0001")
        String terminalId,
        @Schema(description = "The date the list is for (the school's day)", example = "2026-11-23")
        String date,
        @Schema(description = "The terminal's own products by code, then the dishes of the school's menu published for the date")
        List<Product> products) {

    /** A product; the fields of a menu's dish only for {@code source} MENU, absent otherwise. */
    @Schema(name = "TerminalProduct")
    public record Product(
            @Schema(description = "The code a purchase item names in 'code'", example = "MENU-1024")
            String code,
            @Schema(example = "Суп куриный с лапшой")
            String name,
            @Schema(description = "What limits see", example = "HOT_MEAL")
            String category,
            @Schema(description = "Roubles per unit", example = "55.00")
            String price,
            @Schema(description = "PIECE or LITRE", example = "PIECE")
            String unit,
            @Schema(description = "TERMINAL (kept by the back office) or MENU (the school's menu of the date)", example = "MENU")
            String source,
            @Schema(description = "A dish's portion", example = "250")
            Integer portion,
            @Schema(description = "G or ML", example = "ML")
            String portionUnit,
            @Schema(description = "A dish's allergens", example = "[\"GLUTEN\", \"CELERY\"]")
            List<String> allergens,
            @Schema(description = "Whether the dish is of the free complex")
            Boolean freeComplex) {

        static Product of(PriceListItem item) {
            boolean dish = item.source() == PriceListItem.Source.MENU;
            return new Product(item.code(), item.name(), item.category(), item.price().toPlainString(), item.unit().name(),
                    item.source().name(), item.portion(), item.portionUnit(), dish ? item.allergens() : null,
                    dish ? item.freeComplex() : null);
        }
    }

    static TerminalProductList of(PriceList list) {
        return new TerminalProductList(list.terminalId(), list.date().toString(), list.items().stream().map(Product::of).toList());
    }
}
