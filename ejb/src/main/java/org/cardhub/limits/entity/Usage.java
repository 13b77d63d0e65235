package org.cardhub.limits.entity;

/** What was already spent in a limit's window: kopecks, millilitres and the number of purchases. */
public record Usage(long amountMinor, long volumeMilli, long count) {

    public static Usage none() {
        return new Usage(0, 0, 0);
    }

    public Usage plus(Usage other) {
        return new Usage(Math.addExact(amountMinor, other.amountMinor), Math.addExact(volumeMilli, other.volumeMilli),
                Math.addExact(count, other.count));
    }
}
