package org.cardhub.meals.entity;

import org.cardhub.school.entity.SchoolRef;

import java.time.LocalDate;

/** A school the supplier feeds, with its menu of today (the school's): none ({@code status} null), a draft or published. */
public record SchoolMenuToday(SchoolRef school, LocalDate today, MenuStatus status, int dishes) {
}
