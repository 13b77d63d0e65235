package org.cardhub.operations.entity;

/**
 * The terminal messages answered by result and the partner requests by class of status, as counted since the node
 * started ({@link #of}), or over a stretch of time as the difference of two readings ({@link #since}).
 */
public record TrafficReadings(long approved, long declined, long accepted, long partnerSuccess, long partnerRefused,
                              long partnerRateLimited, long partnerFailed) {

    public static final TrafficReadings NONE = new TrafficReadings(0, 0, 0, 0, 0, 0, 0);

    /** A terminal message's reply status as counted: APPROVED, ACCEPTED, and every other a decline. */
    public TrafficReadings withTerminal(String status, long count) {
        return switch (status) {
            case "APPROVED" -> new TrafficReadings(approved + count, declined, accepted, partnerSuccess, partnerRefused,
                    partnerRateLimited, partnerFailed);
            case "ACCEPTED" -> new TrafficReadings(approved, declined, accepted + count, partnerSuccess, partnerRefused,
                    partnerRateLimited, partnerFailed);
            default -> new TrafficReadings(approved, declined + count, accepted, partnerSuccess, partnerRefused,
                    partnerRateLimited, partnerFailed);
        };
    }

    /** A partner request's HTTP status as counted: answered (below 400), rate-limited (429), refused (4xx), failed (5xx). */
    public TrafficReadings withPartner(String code, long count) {
        int status;
        try {
            status = Integer.parseInt(code);
        } catch (NumberFormatException notAStatus) {
            status = 500;
        }
        if (status < 400) {
            return new TrafficReadings(approved, declined, accepted, partnerSuccess + count, partnerRefused, partnerRateLimited,
                    partnerFailed);
        }
        if (status == 429) {
            return new TrafficReadings(approved, declined, accepted, partnerSuccess, partnerRefused, partnerRateLimited + count,
                    partnerFailed);
        }
        return status < 500
                ? new TrafficReadings(approved, declined, accepted, partnerSuccess, partnerRefused + count, partnerRateLimited, partnerFailed)
                : new TrafficReadings(approved, declined, accepted, partnerSuccess, partnerRefused, partnerRateLimited, partnerFailed + count);
    }

    /** What was counted after {@code earlier}; a counter that went back (the application was redeployed) counts afresh. */
    public TrafficReadings since(TrafficReadings earlier) {
        return new TrafficReadings(delta(approved, earlier.approved), delta(declined, earlier.declined),
                delta(accepted, earlier.accepted), delta(partnerSuccess, earlier.partnerSuccess),
                delta(partnerRefused, earlier.partnerRefused), delta(partnerRateLimited, earlier.partnerRateLimited),
                delta(partnerFailed, earlier.partnerFailed));
    }

    private static long delta(long now, long then) {
        return now >= then ? now - then : now;
    }
}
