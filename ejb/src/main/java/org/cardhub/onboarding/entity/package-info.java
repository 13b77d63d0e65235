/**
 * An {@code Application} for a fuel contract and its rules: a draft knows every problem of what was typed, field by
 * field ({@code ApplicationDraft}); a tariff plan knows its options ({@code TariffPlan}); the accepted offer is kept
 * as its version, the SHA-256 of the exact text shown, the time and the person ({@code OfferAcceptance}).
 */
package org.cardhub.onboarding.entity;
