package org.cardhub.registry.entity;

import org.cardhub.cards.entity.CardStatus;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.contracts.entity.ContractKind;

/** A card found by the back office's search: masked number, status, holder and contract. */
public record CardRow(Long id, String panMasked, CardStatus status, HolderKind holderKind, String holderName,
                      Long contractId, String contractNumber, ContractKind contractKind, String organizationName) {
}
