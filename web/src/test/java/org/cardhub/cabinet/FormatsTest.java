package org.cardhub.cabinet;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.money.InvalidAmountException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormatsTest {

    private final Formats formats = new Formats();

    FormatsTest() {
        formats.language = new Language();
    }

    @Test
    void roublesAreWrittenTheRussianWayWithGroupsADecimalCommaAndTheSign() {
        assertThat(plain(formats.amount(Amount.parse("1500", Currency.RUB)))).isEqualTo("1 500,00 ₽");
        assertThat(plain(formats.amount(Amount.parse("-250000.5", Currency.RUB)))).isEqualTo("-250 000,50 ₽");
    }

    @Test
    void litresKeepThreeDecimals() {
        assertThat(plain(formats.amount(Amount.parse("12.5", Currency.LITRE)))).isEqualTo("12,500 л");
    }

    @Test
    void aDiscountRateIsAPercentageInTheReadersLanguage() {
        assertThat(plain(Formats.percent(300, Locale.forLanguageTag("ru")))).isEqualTo("3 %");
        assertThat(plain(Formats.percent(150, Locale.forLanguageTag("ru")))).isEqualTo("1,5 %");
        assertThat(plain(Formats.percent(1225, Locale.ENGLISH))).isEqualTo("12.25 %");
        assertThat(plain(Formats.percent(0, Locale.ENGLISH))).isEqualTo("0 %");
    }

    @Test
    void nothingIsWrittenForNoAmount() {
        assertThat(formats.amount(null)).isEmpty();
    }

    @Test
    void aMomentIsWrittenToTheMinuteInTheContractsZone() {
        Instant at = Instant.parse("2026-12-06T21:30:59Z");

        assertThat(formats.dateTime(at, ZoneId.of("Europe/Moscow"))).isEqualTo("07.12.2026 00:30");
        assertThat(formats.dateTime(at, ZoneId.of("Asia/Vladivostok"))).isEqualTo("07.12.2026 07:30");
        assertThat(formats.dateTime(null, ZoneId.of("Europe/Moscow"))).isEmpty();
    }

    @Test
    void anAmountIsReadAsPeopleTypeItWithBlanksAndADecimalComma() {
        assertThat(Formats.typed(" 1 500,5 ", Currency.RUB)).isEqualTo(Amount.parse("1500.50", Currency.RUB));
        assertThat(Formats.typed("1\u00a0000.25", Currency.RUB)).isEqualTo(Amount.parse("1000.25", Currency.RUB));
        assertThat(Formats.typed("12,345", Currency.LITRE)).isEqualTo(Amount.parse("12.345", Currency.LITRE));
    }

    @Test
    void aTypedAmountIsRefusedForItsFormatItsDecimalsOrWhenItIsNotPositive() {
        assertRefused(() -> Formats.typed("10,555", Currency.RUB), InvalidAmountException.Code.AMOUNT_SCALE);
        assertRefused(() -> Formats.typed("1,2345", Currency.LITRE), InvalidAmountException.Code.AMOUNT_SCALE);
        assertRefused(() -> Formats.typed("сто", Currency.RUB), InvalidAmountException.Code.AMOUNT_FORMAT);
        assertRefused(() -> Formats.typed(null, Currency.RUB), InvalidAmountException.Code.AMOUNT_FORMAT);
        assertRefused(() -> Formats.typed("0,00", Currency.RUB), InvalidAmountException.Code.AMOUNT_NOT_POSITIVE);
        assertRefused(() -> Formats.typed("-5", Currency.RUB), InvalidAmountException.Code.AMOUNT_NOT_POSITIVE);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable action,
                                      InvalidAmountException.Code code) {
        assertThatThrownBy(action).isInstanceOfSatisfying(InvalidAmountException.class,
                refused -> assertThat(refused.code()).isEqualTo(code));
    }

    /** Groups and the unit are set off by no-break spaces, so that an amount never breaks across lines. */
    private static String plain(String formatted) {
        assertThat(formatted).doesNotContain(" ");
        return formatted.replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
