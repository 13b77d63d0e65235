package org.cardhub.registry.entity;

import org.cardhub.contracts.entity.ContractKind;
import org.cardhub.contracts.entity.ContractStatus;

/** Which contracts the back office lists: of an organisation, a kind, a status, a number starting so; null: any. */
public record ContractFilter(Long organizationId, ContractKind kind, ContractStatus status, String number) {

    public static final ContractFilter NONE = new ContractFilter(null, null, null, null);

    public ContractFilter {
        number = number == null || number.isBlank() ? null : number.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
