package org.cardhub.corporate;

import org.cardhub.fleet.entity.CardLimit;
import org.cardhub.limits.entity.InvalidLimitException;
import org.cardhub.limits.entity.LimitMeasure;
import org.cardhub.limits.entity.LimitPeriod;
import org.cardhub.limits.entity.LimitRule;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.money.InvalidAmountException;
import org.cardhub.refusal.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LimitFormTest {

    private static LimitForm form(LimitMeasure measure, LimitPeriod period, String value) {
        LimitForm form = new LimitForm();
        form.setMeasure(measure);
        form.setPeriod(period);
        form.setValue(value);
        return form;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "8500|8500", "8 500,50|8500.50", "8\u00a0500,5|8500.5", "1,234.50|1234.50", " 12,125 |12.125", "-5|-5"})
    void spacesBetweenThousandsGoAndALoneCommaIsTheDecimalPoint(String typed, String plain) {
        assertThat(LimitForm.plain(typed)).isEqualTo(plain);
    }

    @Test
    void aTypedMoneyLimitBecomesKopecksAndLitresMillilitres() {
        assertThat(form(LimitMeasure.MONEY, LimitPeriod.DAY, "8 500,50").rule())
                .isEqualTo(new LimitRule(LimitMeasure.MONEY, LimitPeriod.DAY, 850_050, java.util.Set.of()));
        assertThat(form(LimitMeasure.VOLUME, LimitPeriod.WEEK, "120,125").rule().value()).isEqualTo(120_125);
        assertThat(form(LimitMeasure.COUNT, LimitPeriod.DAY, "3").rule().value()).isEqualTo(3);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "MONEY|0|LIMIT_NOT_POSITIVE", "MONEY|-5|LIMIT_NOT_POSITIVE", "MONEY|1,234|AMOUNT_SCALE",
            "VOLUME|1,2345|AMOUNT_SCALE", "MONEY|восемь|AMOUNT_FORMAT", "MONEY| |AMOUNT_FORMAT", "COUNT|2,5|AMOUNT_FORMAT",
            "COUNT|0|LIMIT_NOT_POSITIVE"})
    void whatCannotBeALimitIsRefusedWithTheCodeOfTheRuleItBreaks(LimitMeasure measure, String typed, String code) {
        assertThatThrownBy(() -> form(measure, LimitPeriod.DAY, typed).rule())
                .isInstanceOfAny(InvalidAmountException.class, InvalidLimitException.class)
                .satisfies(refused -> assertThat(((Refusal) refused).code().name()).isEqualTo(code));
    }

    @Test
    void aLimitShownForChangeIsTypedAsTheReaderWritesNumbers() {
        CardLimit daily = new CardLimit(LimitMeasure.MONEY, LimitPeriod.DAY, Amount.parse("10000.00", Currency.RUB), 0,
                List.of("FUEL"), false, 17L);

        LimitForm russian = LimitForm.of(daily, true);

        assertThat(russian.getId()).isEqualTo(17L);
        assertThat(russian.getValue()).isEqualTo("10000,00");
        assertThat(russian.getCategories()).containsExactly("FUEL");
        assertThat(LimitForm.of(daily, false).getValue()).isEqualTo("10000.00");
        assertThat(russian.rule().value()).isEqualTo(1_000_000);
    }
}
