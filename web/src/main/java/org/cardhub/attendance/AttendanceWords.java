package org.cardhub.attendance;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.cabinet.Language;
import org.cardhub.school.entity.AttendanceDay;
import org.cardhub.school.entity.AttendanceStatus;

import java.time.LocalDate;
import java.time.LocalTime;

/** The register's words and formats for the pages, in the page's language ({@link AttendanceLabels}). */
@Named
@RequestScoped
public class AttendanceWords {

    @Inject
    Language language;

    private AttendanceLabels labels;

    @PostConstruct
    void load() {
        labels = new AttendanceLabels(language.getLocale());
    }

    public String status(AttendanceStatus status) {
        return labels.status(status);
    }

    public String time(LocalTime time) {
        return labels.time(time);
    }

    public String date(LocalDate date) {
        return labels.date(date);
    }

    public String dayHeading(LocalDate date) {
        return labels.dayHeading(date);
    }

    public String leftEarly(AttendanceDay day) {
        return labels.leftEarly(day);
    }

    /** A pupil's day in one line, for a mark's tooltip and for screen readers. */
    public String line(AttendanceDay day) {
        return labels.line(day);
    }
}
