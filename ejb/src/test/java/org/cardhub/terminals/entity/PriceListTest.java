package org.cardhub.terminals.entity;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A canteen terminal's price list of a date is its own products, then its school's published menu of that date; a
 * purchase line naming a code is sold at the listed price only, and a line without a code is not held to the list.
 */
class PriceListTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    private final PriceList list = PriceList.of("CANTEEN-0001", DAY,
            List.of(own("PIE", "Пирожок", "BUFFET", "25.00"), own("BORSCH", "Борщ", "HOT_MEAL", "45.00")),
            List.of(dish("MENU-1024", "Суп куриный с лапшой", "HOT_MEAL", "55.00")));

    @Test
    void theTerminalsOwnProductsComeFirstByCodeThenTheMenusDishesInItsOrder() {
        assertThat(list.items()).extracting(PriceListItem::code, PriceListItem::source)
                .containsExactly(tuple("BORSCH", PriceListItem.Source.TERMINAL),
                        tuple("PIE", PriceListItem.Source.TERMINAL),
                        tuple("MENU-1024", PriceListItem.Source.MENU));
        assertThat(list.item("menu-1024")).get().extracting(PriceListItem::price).isEqualTo(rub("55.00"));
        assertThat(list.item("MENU-9")).isEmpty();
    }

    @Test
    void aLineNamingACodeIsSoldAtTheListedPriceHoweverItIsWritten() {
        assertThat(list.refusalOf(List.of(line("MENU-1024", "55.00"), line("borsch", "45"), line("PIE", "25.0")))).isEmpty();
    }

    @Test
    void anotherPriceIsRefusedNamingTheCodeAndTheListedPrice() {
        assertThat(list.refusalOf(List.of(line("BORSCH", "45.00"), line("MENU-1024", "45.00"))))
                .hasValue("Item MENU-1024 (Суп куриный с лапшой) is listed at 55.00 on 2026-11-23, not 45.00");
    }

    @Test
    void aCodeOffTheListIsRefusedAndALineWithoutACodeIsNotHeldToTheList() {
        assertThat(list.refusalOf(List.of(line("MENU-7", "55.00"))))
                .hasValue("Item MENU-7 is not on the price list of terminal CANTEEN-0001 for 2026-11-23");
        assertThat(list.refusalOf(List.of(line(null, "1.00")))).isEmpty();
    }

    private static TerminalEvent.Item line(String code, String price) {
        return new TerminalEvent.Item("Блюдо", "HOT_MEAL", 1, price, code);
    }

    private static TerminalProduct own(String code, String name, String category, String price) {
        return new TerminalProduct("CANTEEN-0001", code, name, category, rub(price), TerminalProduct.Unit.PIECE);
    }

    private static PriceListItem dish(String code, String name, String category, String price) {
        return new PriceListItem(code, name, category, rub(price), TerminalProduct.Unit.PIECE, PriceListItem.Source.MENU, 250, "ML",
                List.of("GLUTEN"), true);
    }

    private static Amount rub(String value) {
        return Amount.parse(value, Currency.RUB);
    }
}
