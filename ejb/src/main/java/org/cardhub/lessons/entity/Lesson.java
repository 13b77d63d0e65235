package org.cardhub.lessons.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A group's lesson on a day of the centre's calendar (one a day). */
@Entity
@Table(name = "lesson")
public class Lesson {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "group_id")
    private long groupId;

    @Column(name = "lesson_date")
    private LocalDate date;

    protected Lesson() {
    }

    public Lesson(long groupId, LocalDate date) {
        this.groupId = groupId;
        this.date = date;
    }

    public Long id() {
        return id;
    }

    public long groupId() {
        return groupId;
    }

    public LocalDate date() {
        return date;
    }
}
