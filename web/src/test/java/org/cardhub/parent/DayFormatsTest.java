package org.cardhub.parent;

import org.cardhub.cabinet.Language;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.school.entity.DayEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The school day reads on the school's clock, with money given and taken told apart by their sign. */
class DayFormatsTest {

    private final DayFormats formats = new DayFormats();

    DayFormatsTest() {
        formats.language = new Language();
    }

    @Test
    void moneyGivenHasAPlusMoneyTakenAMinusSign() {
        assertThat(plain(formats.signed(rub(50_000)))).isEqualTo("+500,00 ₽");
        assertThat(plain(formats.signed(rub(-7_000)))).isEqualTo("\u221270,00 ₽");
        assertThat(plain(formats.signed(rub(0)))).isEqualTo("0,00 ₽");
        assertThat(plain(DayFormats.signed(rub(-150_000), Locale.ENGLISH))).isEqualTo("\u22121,500.00 ₽");
    }

    @Test
    void timesAreOnTheSchoolsClock() {
        Instant halfPastMidnightInVladivostok = Instant.parse("2026-12-06T14:30:00Z");

        assertThat(formats.time(halfPastMidnightInVladivostok, ZoneId.of("Asia/Vladivostok"))).isEqualTo("00:30");
        assertThat(formats.time(halfPastMidnightInVladivostok, ZoneId.of("Europe/Moscow"))).isEqualTo("17:30");
        assertThat(formats.time(null, ZoneId.of("Europe/Moscow"))).isEmpty();
    }

    @Test
    void aDayIsWrittenWithItsWeekdayInTheReadersLanguage() {
        LocalDate monday = LocalDate.of(2026, 12, 7);

        assertThat(formats.date(monday)).isEqualTo("07.12.2026");
        assertThat(formats.shortDate(monday)).isEqualTo("07.12");
        assertThat(formats.weekday(monday)).isEqualTo("пн");
    }

    @Test
    void everyKindOfEventHasAnIcon() {
        for (DayEvent.Kind kind : DayEvent.Kind.values()) {
            assertThat(formats.icon(kind)).startsWith("pi pi-");
        }
    }

    private static Amount rub(long kopecks) {
        return Amount.ofMinorUnits(kopecks, Currency.RUB);
    }

    private static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
