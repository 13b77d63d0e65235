package org.cardhub.api;

import org.cardhub.partners.entity.ContractView;

import java.util.List;

/** A page of the contracts a partner serves, by contract number; documented by docs.ViewSchemas. */
public record ContractList(List<ContractView> contracts, int offset, int limit) {
}
