/**
 * Applications as the applicant makes and reads them ({@code Applications}) and as the back office decides them or
 * registers a contract signed at an office ({@code ApplicationReview}).
 */
package org.cardhub.onboarding.boundary;
