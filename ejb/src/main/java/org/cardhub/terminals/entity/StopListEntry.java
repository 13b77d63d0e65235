package org.cardhub.terminals.entity;

/**
 * A card a terminal must refuse ({@code listed}) or may accept again. The terminal matches a presented
 * card by {@code cardHash}, the HMAC-SHA256 of the card number under the terminal's own key, so the list
 * carries no card number; pupils' cards also by school contract number and barcode.
 */
public record StopListEntry(String cardHash, String masked, String schoolContractNumber, String barcode,
                            String status, boolean listed, long version) {
}
