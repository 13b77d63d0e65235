package org.cardhub.partners.entity;

import java.util.List;

/**
 * A partner system as the back office lists it: its Keycloak client id, name, allowed rate, what it is contracted for
 * (a programme's kind, or a contract's number) and how many write requests it made in the last day.
 */
public record PartnerListing(String clientId, String name, int ratePerSecond, int burst, List<String> programmeKinds,
                             List<String> contractNumbers, long requestsLastDay) {
}
