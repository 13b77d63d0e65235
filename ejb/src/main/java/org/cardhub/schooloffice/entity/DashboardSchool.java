package org.cardhub.schooloffice.entity;

import java.io.Serializable;
import java.time.ZoneId;

/** A school as its dashboard names it: the organisation and the time zone its days are counted in. */
public record DashboardSchool(long id, String name, ZoneId zone) implements Serializable {
}
