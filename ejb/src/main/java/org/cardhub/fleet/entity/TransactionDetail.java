package org.cardhub.fleet.entity;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One transaction as its detail shows it: the row, who drove, what the tank holds, where the station stands, when it
 * was reversed, and for a suspicious fill-up the other fill-ups of the card that make it so.
 *
 * @param row             the line of the table, with its status and suspicions
 * @param driver          the card's driver, or null
 * @param tankMillilitres what the card's vehicle's tank holds, or null when not known
 * @param stationLocation the address the registry gives for the station, or null
 * @param reversedAt      when a reversal took it back, or null
 * @param distant         the card's fill-ups within the rule's window at stations farther than its distance
 */
public record TransactionDetail(TransactionRow row, String driver, Long tankMillilitres, String stationLocation,
                                Instant reversedAt, List<DistantFillUp> distant) implements Serializable {

    public TransactionDetail {
        distant = List.copyOf(distant);
    }

    /** Another fill-up of the same card close in time and far away; {@code kilometres} rounded to whole ones. */
    public record DistantFillUp(long entryId, Instant bookedAt, String station, String location, long kilometres)
            implements Serializable {
    }
}
