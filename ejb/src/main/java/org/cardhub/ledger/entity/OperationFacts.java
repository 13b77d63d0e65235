package org.cardhub.ledger.entity;

import org.cardhub.money.Amount;

/**
 * What a movement was about, kept on its journal entry so limits and reports read from the ledger:
 * the card, the product and its category, the volume, where it happened; for a sale, what a tariff took off the
 * station's price ({@code discountMinor} at {@code discountBasisPoints}), {@code amountMinor} being what was paid.
 */
public record OperationFacts(Long cardId, Long contractId, String productCode, String category, String station,
                             String region, long amountMinor, long volumeMilli, long discountMinor,
                             int discountBasisPoints) {

    /** Facts of a movement with no discount. */
    public OperationFacts(Long cardId, Long contractId, String productCode, String category, String station,
                          String region, long amountMinor, long volumeMilli) {
        this(cardId, contractId, productCode, category, station, region, amountMinor, volumeMilli, 0, 0);
    }

    public static OperationFacts none() {
        return new OperationFacts(null, null, null, null, null, null, 0, 0);
    }

    public static OperationFacts ofContract(long contractId, Amount amount) {
        return new OperationFacts(null, contractId, null, null, null, null, amount.minorUnits(), 0);
    }

    public static OperationFacts ofCard(long cardId, long contractId, Amount amount) {
        return new OperationFacts(cardId, contractId, null, null, null, null, amount.minorUnits(), 0);
    }
}
