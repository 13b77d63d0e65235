package org.cardhub.lessons.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A pupil in a group since a day: the row every change of the pupil's lesson book in that group locks first. */
@Entity
@Table(name = "lesson_enrolment")
public class Enrolment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "group_id")
    private long groupId;

    @Column(name = "pupil_id")
    private long pupilId;

    @Column(name = "enrolled_on")
    private LocalDate enrolledOn;

    protected Enrolment() {
    }

    public Enrolment(long groupId, long pupilId, LocalDate enrolledOn) {
        this.groupId = groupId;
        this.pupilId = pupilId;
        this.enrolledOn = enrolledOn;
    }

    public Long id() {
        return id;
    }

    public long groupId() {
        return groupId;
    }

    public long pupilId() {
        return pupilId;
    }

    public LocalDate enrolledOn() {
        return enrolledOn;
    }
}
