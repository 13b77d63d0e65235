package org.cardhub.contracts.entity;

/** The programme a contract belongs to: its kind and the organisation holding it (none for a person's wallet). */
public record Programme(ContractKind kind, Long organizationId) {
}
