package org.cardhub.ledger.entity;

import org.cardhub.money.Currency;

import java.util.List;
import java.util.Map;

/**
 * The ledger's self-check: the sum of all postings per currency (must be zero), and every account whose
 * cached balance or held amount disagrees with its postings and open holds (must be none).
 */
public record LedgerCheck(Map<Currency, Long> postingSums, List<String> disagreements) {

    public boolean isSound() {
        return disagreements.isEmpty() && postingSums.values().stream().allMatch(sum -> sum == 0);
    }
}
