package org.cardhub.bonus.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BonusCardBarcodeTest {

    @Test
    void theCheckDigitIsEan13s() {
        assertThat(BonusCardBarcode.checkDigit("400638133393")).isEqualTo(1);
        assertThat(BonusCardBarcode.checkDigit("299000000001")).isEqualTo(9);
        assertThat(BonusCardBarcode.checkDigit("299000000004")).isEqualTo(0);
        assertThat(BonusCardBarcode.checkDigit("000000000000")).isEqualTo(0);
    }

    @Test
    void aBarcodeWithItsCheckDigitIsTakenBlanksAndDashesDropped() {
        assertThat(BonusCardBarcode.parse("4006381333931").digits()).isEqualTo("4006381333931");
        assertThat(BonusCardBarcode.parse(" 2 990000 000019 ").digits()).isEqualTo("2990000000019");
        assertThat(BonusCardBarcode.parse("2-990000-000026")).hasToString("2990000000026");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"4006381333932", "2990000000018", "299000000001", "29900000000190", "29900000000a9",
            "２９９００００００００１９"})
    void anythingElseIsRefusedAsMalformed(String typed) {
        assertThatThrownBy(() -> BonusCardBarcode.parse(typed)).isInstanceOfSatisfying(BonusRefusal.class,
                refusal -> assertThat(refusal.code()).isEqualTo(BonusRefusal.Code.BARCODE_INVALID));
    }

    @Test
    void everySingleWrongDigitIsCaught() {
        String valid = "4006381333931";
        for (int place = 0; place < valid.length(); place++) {
            for (char digit = '0'; digit <= '9'; digit++) {
                if (digit == valid.charAt(place)) {
                    continue;
                }
                String typo = valid.substring(0, place) + digit + valid.substring(place + 1);
                assertThatThrownBy(() -> BonusCardBarcode.parse(typo)).as(typo).isInstanceOf(BonusRefusal.class);
            }
        }
    }
}
