package org.cardhub.contracts.entity;

/**
 * What a discount is judged on: what was sold (the product's code and category) and where (the station and its
 * region). Any of them may be unknown (null); a discount that names it then does not apply.
 */
public record Sale(String productCode, String category, String region, String station) {
}
