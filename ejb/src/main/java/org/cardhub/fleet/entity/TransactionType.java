package org.cardhub.fleet.entity;

import org.cardhub.ledger.entity.EntryKind;

import java.util.Arrays;
import java.util.List;

/**
 * What a fleet manager calls a transaction, over the ledger's kinds of entry. An authorisation is no entry at all
 * (only a hold); its completion is the one entry it leaves, so a fill-up shows as one purchase.
 */
public enum TransactionType {
    PURCHASE(EntryKind.PURCHASE, EntryKind.COMPLETION),
    REVERSAL(EntryKind.REVERSAL),
    TOP_UP(EntryKind.TOP_UP, EntryKind.AUTO_TOP_UP),
    TRANSFER(EntryKind.TRANSFER),
    CORRECTION(EntryKind.CORRECTION),
    REISSUE(EntryKind.REISSUE);

    private final List<EntryKind> kinds;

    TransactionType(EntryKind... kinds) {
        this.kinds = List.of(kinds);
    }

    public List<EntryKind> kinds() {
        return kinds;
    }

    public static TransactionType of(EntryKind kind) {
        return Arrays.stream(values()).filter(type -> type.kinds.contains(kind)).findFirst().orElseThrow();
    }
}
