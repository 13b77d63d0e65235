package org.cardhub.notifications.entity;

import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

/** The notices and the informer's charges speak Russian: 1 500,00 ₽, «декабрь 2026». */
class NoticeTextsTest {

    private static Amount rub(String value) {
        return Amount.parse(value, Currency.RUB);
    }

    @Test
    void amountsHaveADecimalCommaAndThousandsApart() {
        assertThat(NoticeTexts.roubles(rub("45.00"))).isEqualTo("45,00\u00a0₽");
        assertThat(NoticeTexts.roubles(rub("1500.5"))).isEqualTo("1\u00a0500,50\u00a0₽");
        assertThat(NoticeTexts.roubles(rub("1234567.89"))).isEqualTo("1\u00a0234\u00a0567,89\u00a0₽");
        assertThat(NoticeTexts.roubles(rub("0.07"))).isEqualTo("0,07\u00a0₽");
    }

    @Test
    void theInformersChargeNamesItsMonthAndAPartOfAMonthItsDays() {
        assertThat(NoticeTexts.informerCharge(YearMonth.of(2026, 12), 31)).isEqualTo("SMS-информирование, декабрь 2026");
        assertThat(NoticeTexts.informerCharge(YearMonth.of(2026, 12), 26))
                .isEqualTo("SMS-информирование, декабрь 2026 (26 из 31 дн.)");
        assertThat(NoticeTexts.month(YearMonth.of(2027, 5))).isEqualTo("май 2027");
    }

    @Test
    void aLowBalanceNoticeSaysWhoseWhichPurseHowMuchAndTheThreshold() {
        assertThat(NoticeTexts.lowBalanceSubject("Петров Иван", AccountPurpose.CANTEEN, rub("45.00"), rub("100.00")))
                .isEqualTo("Петров Иван: баланс столовой 45,00\u00a0₽ — ниже порога 100,00\u00a0₽");
        assertThat(NoticeTexts.lowBalanceBody("Петров Иван", AccountPurpose.MAIN, rub("45.00"), rub("100.00"),
                "700599******0069")).contains("700599******0069").contains("общий баланс: 45,00\u00a0₽");
    }

    @Test
    void aSuspensionSaysWhatWasMissingAndHowToResume() {
        String body = NoticeTexts.suspendedBody("Петров Иван", YearMonth.of(2027, 1), rub("60.00"), rub("12.00"), true,
                "700599******0069");

        assertThat(body).contains("январь 2027").contains("60,00\u00a0₽").contains("12,00\u00a0₽").contains("возобновите");
    }
}
