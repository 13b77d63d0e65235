package org.cardhub.school.entity;

import java.io.Serializable;

/** A school a pupil's card may move to: its contract's number, the school's name and its time zone. */
public record SchoolChoice(String contractNumber, String name, String timeZone) implements Serializable {
}
