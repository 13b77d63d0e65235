package org.cardhub.ledger.entity;

import org.cardhub.money.Amount;

/**
 * What a movement was about, kept on its journal entry so limits and reports read from the ledger:
 * the card, the product and its category, the volume, where it happened.
 */
public record OperationFacts(Long cardId, Long contractId, String productCode, String category, String station,
                             String region, long amountMinor, long volumeMilli) {

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
