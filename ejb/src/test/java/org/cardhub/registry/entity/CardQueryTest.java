package org.cardhub.registry.entity;

import org.cardhub.cards.entity.Barcode;
import org.cardhub.cards.entity.CardNumber;
import org.cardhub.refusal.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** What a string typed into the back office's card search means, by the identifiers' own formats (cards.entity). */
class CardQueryTest {

    private static final String PAN = CardNumber.generate("700599", 17).digits();

    @Test
    void sixteenToNineteenDigitsThatPassTheLuhnCheckAreAFullNumberWhoseShownFormIsMasked() {
        CardQuery query = CardQuery.of(PAN);
        assertThat(query.kind()).isEqualTo(CardQuery.Kind.NUMBER);
        assertThat(query.value()).isEqualTo(PAN);
        assertThat(query.shown()).isEqualTo("700599******" + PAN.substring(12));
        assertThat(query.toString()).doesNotContain(PAN).contains("700599******" + PAN.substring(12));
    }

    @Test
    void aFullNumberTypedInGroupsOrWithHyphensIsTheSameNumber() {
        String grouped = PAN.replaceAll("(\\d{4})(?=\\d)", "$1 ");
        assertThat(CardQuery.of(" " + grouped + " ")).isEqualTo(new CardQuery(CardQuery.Kind.NUMBER, PAN));
        assertThat(CardQuery.of(PAN.replaceAll("(\\d{4})(?=\\d)", "$1-")).value()).isEqualTo(PAN);
        assertThat(CardQuery.of(PAN.substring(0, 4) + "\u00a0" + PAN.substring(4)).kind()).isEqualTo(CardQuery.Kind.NUMBER);
    }

    @Test
    void nineteenDigitsAreAFullNumberToo() {
        String longer = CardNumber.generate("70059901", 5).digits() + "000";
        String valid = java.util.stream.IntStream.range(0, 10).mapToObj(d -> longer.substring(0, 18) + d)
                .filter(CardNumber::isValid).findFirst().orElseThrow();
        assertThat(CardQuery.of(valid).kind()).isEqualTo(CardQuery.Kind.NUMBER);
    }

    @Test
    void aNumberFailingTheLuhnCheckIsRefusedWithoutNamingIt() {
        String wrong = PAN.substring(0, 15) + ((PAN.charAt(15) - '0' + 1) % 10);
        RegistryRefusal refused = catchThrowableOfType(() -> CardQuery.of(wrong), RegistryRefusal.class);
        assertThat(refused.code()).isEqualTo(RegistryRefusal.Code.NUMBER_CHECKSUM);
        assertThat(refused.code().kind()).isEqualTo(Refusal.Kind.MALFORMED);
        assertThat(refused.getMessage()).doesNotContain(wrong).contains("700599******");
    }

    @Test
    void fourDigitsAreTheLastFour() {
        assertThat(CardQuery.of("0017")).isEqualTo(new CardQuery(CardQuery.Kind.LAST_FOUR, "0017"));
    }

    @Test
    void eightDigitsAreASchoolContractNumberWithItsLeadingZeros() {
        assertThat(CardQuery.of("00012345")).isEqualTo(new CardQuery(CardQuery.Kind.SCHOOL_NUMBER, "00012345"));
    }

    @Test
    void thirteenDigitsThatPassTheEanCheckAreABarcodeAndOthersAreRefused() {
        String barcode = Barcode.generate(300_000_001L).digits();
        assertThat(CardQuery.of(barcode)).isEqualTo(new CardQuery(CardQuery.Kind.BARCODE, barcode));
        String wrong = barcode.substring(0, 12) + ((barcode.charAt(12) - '0' + 1) % 10);
        assertThat(catchThrowableOfType(() -> CardQuery.of(wrong), RegistryRefusal.class).code())
                .isEqualTo(RegistryRefusal.Code.BARCODE_CHECKSUM);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "123", "12345", "1234567", "123456789", "123456789012", "12345678901234",
            "123456789012345", "12345678901234567890"})
    void digitsOfAnyOtherCountNameNoCard(String digits) {
        assertThat(catchThrowableOfType(() -> CardQuery.of(digits), RegistryRefusal.class).code())
                .isEqualTo(RegistryRefusal.Code.DIGITS_UNKNOWN);
    }

    @Test
    void anythingWithALetterIsPartOfTheHolderNameWithItsBlanksTidied() {
        assertThat(CardQuery.of("  Иванов   Пётр ")).isEqualTo(new CardQuery(CardQuery.Kind.HOLDER_NAME, "Иванов Пётр"));
        assertThat(CardQuery.of("А123ВС77").kind()).isEqualTo(CardQuery.Kind.HOLDER_NAME);
        assertThat(CardQuery.of("5А").kind()).isEqualTo(CardQuery.Kind.HOLDER_NAME);
    }

    @Test
    void blankTooShortAndTooLongAreRefused() {
        assertThat(catchThrowableOfType(() -> CardQuery.of("   "), RegistryRefusal.class).code())
                .isEqualTo(RegistryRefusal.Code.QUERY_EMPTY);
        assertThat(catchThrowableOfType(() -> CardQuery.of(null), RegistryRefusal.class).code())
                .isEqualTo(RegistryRefusal.Code.QUERY_EMPTY);
        assertThat(catchThrowableOfType(() -> CardQuery.of("И"), RegistryRefusal.class).code())
                .isEqualTo(RegistryRefusal.Code.NAME_TOO_SHORT);
        assertThat(catchThrowableOfType(() -> CardQuery.of("Я".repeat(201)), RegistryRefusal.class).code())
                .isEqualTo(RegistryRefusal.Code.NAME_TOO_LONG);
    }
}
