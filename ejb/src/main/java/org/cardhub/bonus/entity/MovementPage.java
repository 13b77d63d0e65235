package org.cardhub.bonus.entity;

import java.util.List;

/** A page of a holder's movements, newest first, and how many there are in all. */
public record MovementPage(List<MovementLine> lines, long total) {

    public MovementPage {
        lines = List.copyOf(lines);
    }
}
