package org.cardhub.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RoublesAsKopecksConverterTest {

    private final RoublesAsKopecksConverter converter = new RoublesAsKopecksConverter();

    @Test
    void roublesAreStoredAsWholeKopecksAndReadBackEqual() {
        Amount price = Amount.parse("54.99", Currency.RUB);

        assertThat(converter.convertToDatabaseColumn(price)).isEqualTo(5499L);
        assertThat(converter.convertToEntityAttribute(5499L)).isEqualTo(price);
    }

    @Test
    void anEmptyColumnIsNoAmount() {
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
    }

    @Test
    void anAmountInAnotherCurrencyIsNeverStoredAsKopecks() {
        assertThatThrownBy(() -> converter.convertToDatabaseColumn(Amount.parse("1.500", Currency.LITRE)))
                .isInstanceOfSatisfying(InvalidAmountException.class,
                        e -> assertThat(e.code()).isEqualTo(InvalidAmountException.Code.CURRENCY_MISMATCH));
    }
}
