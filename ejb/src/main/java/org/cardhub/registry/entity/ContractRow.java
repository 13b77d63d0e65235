package org.cardhub.registry.entity;

import org.cardhub.contracts.entity.ContractKind;
import org.cardhub.contracts.entity.ContractStatus;

import java.time.Instant;

/** A contract in the back office's list: number, kind, status, the organisation (none for a wallet), when made. */
public record ContractRow(Long id, String number, ContractKind kind, ContractStatus status, String organizationName,
                          Instant createdAt) {
}
