package org.cardhub.school.entity;

/**
 * Whether a day had lessons at a school, as its turnstiles tell it: a day on which the school's pupils passed them had
 * lessons, whatever the day of the week (a Saturday's lessons, an open day); a day on which nobody did had none (a
 * weekend, a public holiday, the school holidays, a closed school), so nobody is marked absent on it. A day still to
 * come, or today with nobody in yet until lessons end, is not known yet.
 */
public enum LessonDay {
    LESSONS,
    NO_LESSONS,
    AHEAD
}
