/**
 * What both sides of onboarding need: the offer's versioned texts ({@code OfferLibrary}) and the checks of an
 * application against the tariffs, the stations and the clients Cardhub has ({@code ApplicationChecks}).
 */
package org.cardhub.onboarding.control;
