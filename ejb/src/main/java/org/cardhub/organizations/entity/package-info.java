/**
 * Who a contract is with: the Russian registry requisites of an organisation (INN, KPP, OGRN, OGRNIP)
 * and of its bank (BIK, settlement account), each a value object that cannot hold a number the
 * registries would reject — lengths, character sets and check digits are verified exactly as the Federal
 * Tax Service and the Bank of Russia define them. {@link org.cardhub.organizations.entity.OrganizationForm}
 * says which requisites a legal entity, an individual entrepreneur and a lawyer's office must give.
 * Refusals are {@link org.cardhub.organizations.entity.InvalidRequisiteException}s with a stable code.
 * The people who may act for a client organisation are its {@link org.cardhub.organizations.entity.OrganizationMember}s.
 */
package org.cardhub.organizations.entity;
