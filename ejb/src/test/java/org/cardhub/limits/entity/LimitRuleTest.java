package org.cardhub.limits.entity;

import org.cardhub.contracts.entity.ContractKind;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.money.InvalidAmountException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LimitRuleTest {

    @Test
    void aMoneyLimitKeepsKopecksAndItsCategoriesInTheCatalogsOrder() {
        LimitRule rule = LimitRule.of(LimitMeasure.MONEY, LimitPeriod.DAY, Amount.parse("8500.50", Currency.RUB),
                List.of("car_wash", " dt ", "FUEL"));

        assertThat(rule.value()).isEqualTo(850_050);
        assertThat(rule.amount()).isEqualTo(Amount.parse("8500.50", Currency.RUB));
        assertThat(rule.categories()).containsExactly("FUEL", "DT", "CAR_WASH");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "0.00"})
    void zeroOrLessIsRefused(String typed) {
        assertThatThrownBy(() -> LimitRule.of(LimitMeasure.MONEY, LimitPeriod.DAY, Amount.parse(typed, Currency.RUB), List.of()))
                .isInstanceOfSatisfying(InvalidLimitException.class,
                        refused -> assertThat(refused.code()).isEqualTo(InvalidLimitException.Code.LIMIT_NOT_POSITIVE));
    }

    @Test
    void roublesHaveTwoDecimalsAndLitresThree() {
        assertThatThrownBy(() -> Amount.parse("1.234", Currency.RUB)).isInstanceOfSatisfying(InvalidAmountException.class,
                refused -> assertThat(refused.code()).isEqualTo(InvalidAmountException.Code.AMOUNT_SCALE));
        assertThat(LimitRule.of(LimitMeasure.VOLUME, LimitPeriod.WEEK, Amount.parse("120.125", Currency.LITRE), List.of())
                .value()).isEqualTo(120_125);
    }

    @Test
    void litresForAMoneyLimitAreRefused() {
        assertThatThrownBy(() -> LimitRule.of(LimitMeasure.MONEY, LimitPeriod.DAY, Amount.parse("10", Currency.LITRE), List.of()))
                .isInstanceOfSatisfying(InvalidLimitException.class,
                        refused -> assertThat(refused.code()).isEqualTo(InvalidLimitException.Code.LIMIT_UNIT_MISMATCH));
    }

    @Test
    void aCountIsPerDayWeekOrMonth() {
        assertThat(LimitRule.count(LimitPeriod.DAY, 3, null).amount()).isNull();
        assertThatThrownBy(() -> LimitRule.count(LimitPeriod.TRANSACTION, 3, null))
                .isInstanceOfSatisfying(InvalidLimitException.class,
                        refused -> assertThat(refused.code()).isEqualTo(InvalidLimitException.Code.COUNT_PER_PURCHASE));
    }

    @Test
    void aCategoryTheCatalogDoesNotKnowIsRefusedByName() {
        assertThatThrownBy(() -> LimitRule.count(LimitPeriod.DAY, 3, List.of("FUEL", "ALCOHOL")))
                .isInstanceOfSatisfying(InvalidLimitException.class, refused -> {
                    assertThat(refused.code()).isEqualTo(InvalidLimitException.Code.CATEGORY_UNKNOWN);
                    assertThat(refused.subject()).isEqualTo("ALCOHOL");
                });
    }

    @Test
    void aFuelContractSellsNoBuffetAndASchoolNoFuel() {
        ProductCategory.requireSoldUnder(ContractKind.FUEL, List.of("AI-95", "HOTEL"));
        ProductCategory.requireSoldUnder(ContractKind.WALLET, List.of("AI-95", "BUFFET"));

        assertThatThrownBy(() -> ProductCategory.requireSoldUnder(ContractKind.FUEL, List.of("BUFFET")))
                .isInstanceOfSatisfying(InvalidLimitException.class,
                        refused -> assertThat(refused.code()).isEqualTo(InvalidLimitException.Code.CATEGORY_NOT_ALLOWED));
        assertThatThrownBy(() -> ProductCategory.requireSoldUnder(ContractKind.SCHOOL, List.of("FUEL")))
                .isInstanceOf(InvalidLimitException.class);
        assertThat(ProductCategory.soldUnder(ContractKind.FUEL)).startsWith(ProductCategory.FUEL, ProductCategory.AI_92)
                .doesNotContain(ProductCategory.BUFFET);
    }
}
