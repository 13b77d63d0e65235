package org.cardhub.lessons.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A group (or subject) of an education centre: its schedule, its teacher and how its lessons are paid for. */
@Entity
@Table(name = "lesson_group")
public class LessonGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contract_id")
    private long contractId;

    private String name;

    private String teacher;

    private String weekdays;

    @Column(name = "starts_at")
    private LocalTime startsAt;

    private int minutes;

    @Enumerated(EnumType.STRING)
    private Pricing pricing;

    @Column(name = "lesson_price_minor")
    private Long lessonPriceMinor;

    @Column(name = "course_price_minor")
    private Long coursePriceMinor;

    @Column(name = "course_lessons")
    private Integer courseLessons;

    @Column(name = "course_from")
    private LocalDate courseFrom;

    @Column(name = "course_until")
    private LocalDate courseUntil;

    @Enumerated(EnumType.STRING)
    @Column(name = "debt_rule")
    private DebtRule debtRule;

    @Column(name = "created_at")
    private Instant createdAt;

    protected LessonGroup() {
    }

    /** A new group from a draft whose problems are none (see {@link GroupDraft#problems()}). */
    public LessonGroup(long contractId, GroupDraft draft, Instant now) {
        this.contractId = contractId;
        this.createdAt = now;
        amend(draft);
    }

    public void amend(GroupDraft draft) {
        if (!draft.problems().isEmpty()) {
            throw new InvalidGroupException(draft.problems());
        }
        name = draft.name().strip();
        teacher = draft.teacher().strip();
        weekdays = String.join(",", draft.weekdays().stream().sorted().map(day -> String.valueOf(day.getValue())).toList());
        startsAt = draft.startsAt();
        minutes = draft.minutes();
        pricing = draft.pricing();
        lessonPriceMinor = draft.lessonPrice() == null || pricing == Pricing.COURSE ? null : draft.lessonPrice().minorUnits();
        boolean course = pricing == Pricing.COURSE;
        coursePriceMinor = course ? draft.coursePrice().minorUnits() : null;
        courseLessons = course ? draft.courseLessons() : null;
        courseFrom = course ? draft.courseFrom() : null;
        courseUntil = course ? draft.courseUntil() : null;
        debtRule = draft.debtRule() == null ? DebtRule.NEXT_SUBSCRIPTION_SETTLES : draft.debtRule();
    }

    /** Whether a lesson may be held on that day: one of the group's weekdays (and within the course, for a course). */
    public boolean meetsOn(LocalDate date) {
        if (pricing == Pricing.COURSE && (date.isBefore(courseFrom) || date.isAfter(courseUntil))) {
            return false;
        }
        return days().contains(date.getDayOfWeek());
    }

    public List<DayOfWeek> days() {
        return Arrays.stream(weekdays.split(",")).map(day -> DayOfWeek.of(Integer.parseInt(day))).toList();
    }

    /** What a lesson costs on its own: every lesson of a per-lesson group, a lesson in debt of a subscription group. */
    public Optional<Amount> lessonPrice() {
        return Optional.ofNullable(lessonPriceMinor).map(minor -> Amount.ofMinorUnits(minor, Currency.RUB));
    }

    public Optional<Amount> coursePrice() {
        return Optional.ofNullable(coursePriceMinor).map(minor -> Amount.ofMinorUnits(minor, Currency.RUB));
    }

    public GroupDraft draft() {
        return new GroupDraft(name, teacher, days(), startsAt, minutes, pricing, lessonPrice().orElse(null),
                coursePrice().orElse(null), courseLessons, courseFrom, courseUntil, debtRule);
    }

    public Long id() {
        return id;
    }

    public long contractId() {
        return contractId;
    }

    public String name() {
        return name;
    }

    public String teacher() {
        return teacher;
    }

    public LocalTime startsAt() {
        return startsAt;
    }

    public int minutes() {
        return minutes;
    }

    public Pricing pricing() {
        return pricing;
    }

    public Integer courseLessons() {
        return courseLessons;
    }

    public LocalDate courseFrom() {
        return courseFrom;
    }

    public LocalDate courseUntil() {
        return courseUntil;
    }

    public DebtRule debtRule() {
        return debtRule;
    }
}
