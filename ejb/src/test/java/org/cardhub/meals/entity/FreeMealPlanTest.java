package org.cardhub.meals.entity;

import org.cardhub.money.Amount;
import org.cardhub.payments.entity.Spend;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.meals.entity.Menus.rub;

/**
 * A beneficiary's free meal: the menu's free complex, or the school's priced set meal; given once a day, from lunch on,
 * only to a pupil who came by the deadline and only within the benefit's dates; the kinds named in both languages.
 */
class FreeMealPlanTest {

    private static final LocalDate DAY = Menus.DAY;
    private static final Instant LUNCH = Instant.parse("2026-12-08T02:00:00Z");
    private static final BenefitKind LARGE_FAMILY = new BenefitKind("LARGE_FAMILY", "многодетная семья", "large family", 10);

    private final MealBenefit benefit = new MealBenefit(9, LARGE_FAMILY, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 31),
            "backoffice", Instant.parse("2026-09-01T00:00:00Z"));

    @Test
    void theFreeMealIsTheMenusFreeComplexOneOfEachDish() {
        assertThat(FreeMealPlan.itemsFor(Menus.tuesday(), rules(rub("150.00"))))
                .containsExactly(new Spend.Item("Суп куриный с лапшой", "HOT_MEAL", 1, rub("55.00")),
                        new Spend.Item("Компот", "DRINK", 1, rub("25.00")));
    }

    @Test
    void aMenuWithNoFreeComplexGivesTheSchoolsSetMealAtItsPriceOrNothingWithoutOne() {
        Menu plain = new Menu(7, DAY, "supplier", LUNCH);
        plain.add("Каша", DishCategory.HOT_MEAL, rub("45.00"), 200, PortionUnit.G, Set.of(), false);

        assertThat(FreeMealPlan.itemsFor(plain, rules(rub("150.00"))))
                .containsExactly(new Spend.Item("Комплексный обед", "HOT_MEAL", 1, rub("150.00")));
        assertThat(FreeMealPlan.itemsFor(plain, rules(null))).isEmpty();
    }

    @Test
    void oneFreeMealADayNeverASecond() {
        assertThat(FreeMealPlan.isDue(benefit, DAY, LUNCH, LUNCH, false, true)).isTrue();
        assertThat(FreeMealPlan.isDue(benefit, DAY, LUNCH.plusSeconds(300), LUNCH, true, true)).isFalse();
        assertThat(FreeMeal.operationKey(9, DAY)).as("the same operation however often it is tried")
                .isEqualTo(FreeMeal.operationKey(9, DAY)).isNotEqualTo(FreeMeal.operationKey(9, DAY.plusDays(1)))
                .isNotEqualTo(FreeMeal.operationKey(10, DAY));
        assertThat(new FreeMeal.Key(9, DAY)).isEqualTo(new FreeMeal.Key(9, DAY)).hasSameHashCodeAs(new FreeMeal.Key(9, DAY));
    }

    @Test
    void notBeforeLunchNotToAPupilWhoDidNotComeAndNotOutsideTheBenefitsDates() {
        assertThat(FreeMealPlan.isDue(benefit, DAY, LUNCH.minusSeconds(1), LUNCH, false, true)).isFalse();
        assertThat(FreeMealPlan.isDue(benefit, DAY, LUNCH, LUNCH, false, false)).isFalse();
        assertThat(benefit.coversDay(LocalDate.of(2026, 9, 1))).isTrue();
        assertThat(benefit.coversDay(LocalDate.of(2026, 8, 31))).isFalse();
        assertThat(benefit.coversDay(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(FreeMealPlan.isDue(benefit, LocalDate.of(2027, 1, 11), Instant.parse("2027-01-11T03:00:00Z"),
                Instant.parse("2027-01-11T02:00:00Z"), false, true)).as("the benefit has ended").isFalse();
    }

    @Test
    void aBenefitKindIsNamedInTheReadersLanguageAndItsMealsAreDescribedApartFromPaidOnes() {
        assertThat(LARGE_FAMILY.nameIn(Locale.forLanguageTag("ru"))).isEqualTo("многодетная семья");
        assertThat(LARGE_FAMILY.nameIn(Locale.ENGLISH)).isEqualTo("large family");
        assertThat(LARGE_FAMILY.freeMealDescription()).isEqualTo("Бесплатное питание (льгота: многодетная семья)");
    }

    @Test
    void aBenefitGrantedAgainTakesItsNewKindAndDates() {
        BenefitKind disability = new BenefitKind("DISABILITY", "ОВЗ", "special needs", 20);
        benefit.grant(disability, LocalDate.of(2027, 1, 9), null, "backoffice", LUNCH);

        assertThat(benefit.kindCode()).isEqualTo("DISABILITY");
        assertThat(benefit.coversDay(LocalDate.of(2030, 1, 1))).as("no end").isTrue();
        assertThat(benefit.coversDay(DAY)).isFalse();
    }

    private static CanteenRules rules(Amount freeMealPrice) {
        return new CanteenRules(7, LocalTime.of(18, 0), 1, 7, LocalTime.of(10, 0), LocalTime.NOON, freeMealPrice, null);
    }
}
