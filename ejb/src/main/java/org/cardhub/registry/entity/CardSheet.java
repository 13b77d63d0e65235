package org.cardhub.registry.entity;

import org.cardhub.cards.entity.BlockReason;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.cards.entity.HolderKind;

import java.time.LocalDate;
import java.util.List;

/**
 * One card as the back office reads it: masked number, status, holder, identifiers, contract, the purses it holds
 * (none when it spends from the contract's account) and its latest lifecycle, newest first.
 */
public record CardSheet(long id, String panMasked, CardStatus status, BlockReason blockReason, HolderKind holderKind,
                        String holderName, String barcode, String schoolContractNumber, LocalDate expiresOn,
                        long contractId, String contractNumber, String organizationName, List<Purse> purses,
                        List<Change> history) {

    public boolean mayBeBlocked() {
        return status == CardStatus.ACTIVE;
    }

    /** Only a temporary block is lifted; a lost or stolen card is reissued. */
    public boolean mayBeUnblocked() {
        return status == CardStatus.BLOCKED && blockReason == BlockReason.TEMPORARY;
    }

    public boolean mayBeReissued() {
        return status == CardStatus.ACTIVE || status == CardStatus.BLOCKED;
    }
}
