package org.cardhub.schooloffice.entity;

import java.io.Serializable;

/** A class of the school as the dashboard counts it: its name and how many pupils hold live cards in it. */
public record DashboardClass(long id, String name, long pupils) implements Serializable {
}
