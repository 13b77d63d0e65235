package org.cardhub.meals.entity;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cardhub.meals.entity.Menus.rub;
import static org.cardhub.refusal.RefusalAssertions.assertRefused;

/**
 * A dish's fields as people type them: a price in roubles with at most two decimals and more than zero («0» and «12,345»
 * refused, each with its own code), a name of 1 to 200 characters, a portion of 1 to 5000 g or ml; the refusal names the
 * dish's row.
 */
class DishDraftTest {

    @Test
    void pricesAreReadAsPeopleTypeThem() {
        assertThat(draft("45").checkedPrice(0)).isEqualTo(rub("45.00"));
        assertThat(draft("45,5").checkedPrice(0)).isEqualTo(rub("45.50"));
        assertThat(draft(" 1 500,00 ₽ ").checkedPrice(0)).isEqualTo(rub("1500.00"));
        assertThat(draft("99999.99").checkedPrice(0)).isEqualTo(rub("99999.99"));
    }

    @Test
    void zeroAThirdDecimalAndWhatIsNoPriceAreRefusedEachWithItsOwnCode() {
        assertRefused(() -> draft("0").checkedPrice(0), InvalidMenuException.Code.PRICE_NOT_POSITIVE);
        assertRefused(() -> draft("0,00").checkedPrice(0), InvalidMenuException.Code.PRICE_NOT_POSITIVE);
        assertRefused(() -> draft("-5").checkedPrice(0), InvalidMenuException.Code.PRICE_NOT_POSITIVE);
        assertRefused(() -> draft("12,345").checkedPrice(0), InvalidMenuException.Code.PRICE_SCALE);
        assertRefused(() -> draft("12.340").checkedPrice(0), InvalidMenuException.Code.PRICE_SCALE);
        assertRefused(() -> draft("").checkedPrice(0), InvalidMenuException.Code.PRICE_REQUIRED);
        assertRefused(() -> draft(null).checkedPrice(0), InvalidMenuException.Code.PRICE_REQUIRED);
        assertRefused(() -> draft("сорок").checkedPrice(0), InvalidMenuException.Code.PRICE_FORMAT);
        assertRefused(() -> draft("1,500.00").checkedPrice(0), InvalidMenuException.Code.PRICE_FORMAT);
        assertRefused(() -> draft("100000").checkedPrice(0), InvalidMenuException.Code.PRICE_TOO_HIGH);
    }

    @Test
    void aRefusalNamesTheRowOfTheDish() {
        assertThatThrownBy(() -> draft("12,345").checkedPrice(3)).isInstanceOfSatisfying(InvalidMenuException.class,
                refused -> assertThat(refused.row()).isEqualTo(3));
    }

    @Test
    void aNameIsOneToTwoHundredCharactersItsSpacesTidied() {
        assertThat(named("  Суп   куриный ").checkedName(0)).isEqualTo("Суп куриный");
        assertThat(named("щ".repeat(200)).checkedName(0)).hasSize(200);
        assertRefused(() -> named("   ").checkedName(0), InvalidMenuException.Code.NAME_EMPTY);
        assertRefused(() -> named(null).checkedName(0), InvalidMenuException.Code.NAME_EMPTY);
        assertRefused(() -> named("щ".repeat(201)).checkedName(0), InvalidMenuException.Code.NAME_TOO_LONG);
    }

    @Test
    void aPortionIsOneToFiveThousandAndACategoryAndUnitAreNeeded() {
        assertThat(portion(5000).checkedPortion(0)).isEqualTo(5000);
        assertRefused(() -> portion(0).checkedPortion(0), InvalidMenuException.Code.PORTION_RANGE);
        assertRefused(() -> portion(5001).checkedPortion(0), InvalidMenuException.Code.PORTION_RANGE);
        assertRefused(() -> portion(null).checkedPortion(0), InvalidMenuException.Code.PORTION_RANGE);
        assertRefused(() -> new DishDraft(null, "Суп", null, "50", 250, PortionUnit.ML, Set.of(), false).checkedCategory(0),
                InvalidMenuException.Code.CATEGORY_REQUIRED);
        assertRefused(() -> new DishDraft(null, "Суп", DishCategory.HOT_MEAL, "50", 250, null, Set.of(), false).checkedUnit(0),
                InvalidMenuException.Code.UNIT_REQUIRED);
    }

    @Test
    void namesAreTheSameDishWhateverTheirCaseAndYo() {
        assertThat(DishDraft.sameness("Свёкла тушёная")).isEqualTo(DishDraft.sameness("СВЕКЛА тушеная"));
    }

    private static DishDraft draft(String price) {
        return new DishDraft(null, "Суп", DishCategory.HOT_MEAL, price, 250, PortionUnit.ML, Set.of(), false);
    }

    private static DishDraft named(String name) {
        return new DishDraft(null, name, DishCategory.HOT_MEAL, "50", 250, PortionUnit.ML, Set.of(), false);
    }

    private static DishDraft portion(Integer grams) {
        return new DishDraft(null, "Суп", DishCategory.HOT_MEAL, "50", grams, PortionUnit.G, Set.of(), false);
    }
}
