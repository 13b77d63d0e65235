package org.cardhub.school.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalTime;
import java.util.Optional;

/**
 * When a school's lessons start and end, in its time zone: a first entry after the start is late, a last exit before
 * the end is leaving early. A school without its own hours keeps {@link #defaults}.
 */
@Entity
@Table(name = "school_hours")
public class SchoolHours {

    static final LocalTime DEFAULT_START = LocalTime.of(8, 30);
    static final LocalTime DEFAULT_END = LocalTime.of(14, 0);

    @Id
    @Column(name = "organization_id")
    private long schoolId;

    @Column(name = "lessons_start")
    private LocalTime lessonsStart;

    @Column(name = "lessons_end")
    private LocalTime lessonsEnd;

    @Version
    private long version;

    protected SchoolHours() {
    }

    public SchoolHours(long schoolId, LocalTime lessonsStart, LocalTime lessonsEnd) {
        if (!lessonsEnd.isAfter(lessonsStart)) {
            throw new IllegalArgumentException("Lessons end after they start");
        }
        this.schoolId = schoolId;
        this.lessonsStart = lessonsStart;
        this.lessonsEnd = lessonsEnd;
    }

    public static SchoolHours defaults(long schoolId) {
        return new SchoolHours(schoolId, DEFAULT_START, DEFAULT_END);
    }

    public static SchoolHours of(long schoolId, Optional<SchoolHours> own) {
        return own.orElseGet(() -> defaults(schoolId));
    }

    public LocalTime lessonsStart() {
        return lessonsStart;
    }

    public LocalTime lessonsEnd() {
        return lessonsEnd;
    }
}
