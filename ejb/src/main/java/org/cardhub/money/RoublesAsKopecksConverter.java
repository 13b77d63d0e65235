package org.cardhub.money;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores an amount in roubles as the whole kopecks of a {@code *_minor} column, and reads it back. For columns
 * of one fixed currency only; a column whose currency is stored beside it keeps its raw minor units.
 */
@Converter
public class RoublesAsKopecksConverter implements AttributeConverter<Amount, Long> {

    @Override
    public Long convertToDatabaseColumn(Amount roubles) {
        if (roubles == null) {
            return null;
        }
        if (roubles.currency() != Currency.RUB) {
            throw new InvalidAmountException(InvalidAmountException.Code.CURRENCY_MISMATCH,
                    "A rouble column cannot hold " + roubles);
        }
        return roubles.minorUnits();
    }

    @Override
    public Amount convertToEntityAttribute(Long kopecks) {
        return kopecks == null ? null : Amount.ofMinorUnits(kopecks, Currency.RUB);
    }
}
