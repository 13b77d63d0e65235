package org.cardhub.school.entity;

import java.time.ZoneId;

/** A school as its staff's pages name it: the organisation, its school contract and its time zone. */
public record SchoolRef(long id, String name, long contractId, String contractNumber, ZoneId zone) {
}
