package org.cardhub.registry.entity;

import java.time.Instant;

/** One step of a contract's or card's lifecycle: from, to, why, who and when. */
public record Change(String from, String to, String reason, String actor, Instant at) {
}
