package org.cardhub.fleet.entity;

import org.cardhub.contracts.entity.ContractKind;
import org.cardhub.organizations.entity.OrganizationForm;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A contract and the company that holds it, as its documents name them: the company's form, name and requisites, the
 * contract's number, when it was made, its kind and its time zone (which decides where its months begin and end).
 *
 * @param kpp  null for an entrepreneur or a lawyer's office
 * @param ogrn the OGRN or OGRNIP, or null
 */
public record ContractParty(long contractId, String contractNumber, ContractKind kind, Instant contractMadeAt,
                            ZoneId timeZone, long organizationId, OrganizationForm form, String name, String inn,
                            String kpp, String ogrn) {
}
