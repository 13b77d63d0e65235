package org.cardhub.fleet.entity;

import java.io.IOException;

/** Takes a locked month's movements one by one, in the order they were booked, as they are read. */
@FunctionalInterface
public interface MovementSink {

    void accept(MonthMovement movement) throws IOException;
}
