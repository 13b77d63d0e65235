/**
 * How a company becomes a client without a phone call: its representative, registered on Keycloak's own page (the
 * role {@code applicant}), applies for a fuel contract — requisites, tariff, balance model, number of cards — and
 * accepts the offer; the back office approves (the contract becomes active, the applicant the company's first
 * administrator with the role {@code corporate}) or rejects with a reason the applicant reads. Contracts signed at an
 * office are registered here too.
 */
package org.cardhub.onboarding;
