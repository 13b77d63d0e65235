package org.cardhub.terminals.entity;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.money.InvalidAmountException;
import org.cardhub.terminals.entity.InvalidTerminalException.Code;
import org.cardhub.terminals.entity.TerminalProduct.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cardhub.refusal.RefusalAssertions.assertRefused;

class TerminalProductTest {

    private static Amount rub(String value) {
        return Amount.parse(value, Currency.RUB);
    }

    private static TerminalProduct product(String code, String name, String category, Amount price) {
        return new TerminalProduct("FUEL-1", code, name, category, price, Unit.LITRE);
    }

    @Test
    void aProductKeepsItsCodeAndCategoryInUpperCaseAndItsExactPrice() {
        TerminalProduct product = product(" ai-95 ", " Бензин АИ-95 ", "fuel", rub("59.30"));

        assertThat(product.productCode()).isEqualTo("AI-95");
        assertThat(product.name()).isEqualTo("Бензин АИ-95");
        assertThat(product.category()).isEqualTo("FUEL");
        assertThat(product.price()).isEqualTo(rub("59.30"));
        assertThat(product.unit()).isEqualTo(Unit.LITRE);
        assertThat(product.terminalId()).isEqualTo("FUEL-1");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"AI 95", "АИ-95", "A23456789012345678901234567890123"})
    void aBadCodeIsRefused(String code) {
        assertRefused(() -> product(code, "Бензин", "FUEL", rub("1.00")), Code.PRODUCT_CODE_FORMAT);
    }

    @Test
    void theNameIsRequiredAndAtMost100Characters() {
        assertRefused(() -> product("AI-95", " ", "FUEL", rub("1.00")), Code.PRODUCT_NAME_FORMAT);
        assertRefused(() -> product("AI-95", "x".repeat(101), "FUEL", rub("1.00")), Code.PRODUCT_NAME_FORMAT);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"HOT MEAL", "ТОПЛИВО", "FUEL1"})
    void aBadCategoryIsRefused(String category) {
        assertRefused(() -> product("AI-95", "Бензин", category, rub("1.00")), Code.CATEGORY_FORMAT);
    }

    @Test
    void theUnitIsRequired() {
        assertRefused(() -> new TerminalProduct("FUEL-1", "AI-95", "Бензин", "FUEL", rub("1.00"), null), Code.UNIT_REQUIRED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "-1.00"})
    void aPriceIsMoreThanZero(String price) {
        assertRefused(() -> product("AI-95", "Бензин", "FUEL", rub(price)),
                InvalidAmountException.Code.AMOUNT_NOT_POSITIVE);
    }

    @Test
    void aPriceIsInRoubles() {
        assertRefused(() -> product("AI-95", "Бензин", "FUEL", Amount.parse("1.000", Currency.LITRE)),
                InvalidAmountException.Code.CURRENCY_MISMATCH);
    }

    @Test
    void repricingChecksTheSameRulesAndKeepsTheOldPriceWhenRefused() {
        TerminalProduct product = product("AI-95", "Бензин АИ-95", "FUEL", rub("59.30"));

        product.reprice("Бензин АИ-95 Евро", "FUEL", rub("61.05"), Unit.LITRE);
        assertThat(product.price()).isEqualTo(rub("61.05"));
        assertThat(product.name()).isEqualTo("Бензин АИ-95 Евро");

        assertThatThrownBy(() -> product.reprice("Бензин", "FUEL", rub("0.00"), Unit.LITRE))
                .isInstanceOf(InvalidAmountException.class);
        assertThat(product.price()).isEqualTo(rub("61.05"));
    }

    @Test
    void litresCostTheirPriceRoundedUpToTheKopeck() {
        TerminalProduct product = product("AI-95", "Бензин АИ-95", "FUEL", rub("59.30"));

        assertThat(product.costOf(Amount.parse("24.690", Currency.LITRE))).isEqualTo(rub("1464.12"));
    }
}
