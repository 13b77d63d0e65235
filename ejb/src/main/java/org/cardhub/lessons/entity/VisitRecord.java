package org.cardhub.lessons.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A pupil at a lesson, as the records keep it: paid by a subscription (with the revenue it recognised), paid from the
 * balance at the lesson's price ({@link #settled()}), or in debt.
 */
@Entity
@Table(name = "lesson_visit")
public class VisitRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "enrolment_id")
    private long enrolmentId;

    @Column(name = "lesson_id")
    private long lessonId;

    @Column(name = "lesson_date")
    private LocalDate date;

    @Column(name = "subscription_id")
    private Long subscriptionId;

    @Column(name = "revenue_minor")
    private long revenueMinor;

    @Column(name = "last_share")
    private boolean lastShare;

    @Column(name = "settled_minor")
    private long settledMinor;

    @Column(name = "marked_at")
    private Instant markedAt;

    @Column(name = "marked_by")
    private String markedBy;

    protected VisitRecord() {
    }

    public VisitRecord(long enrolmentId, Visit visit, Instant now, String markedBy) {
        this.enrolmentId = enrolmentId;
        this.lessonId = visit.lessonId();
        this.date = visit.date();
        this.markedAt = now;
        this.markedBy = markedBy;
        keep(visit);
    }

    /** The visit as the lesson book sees it; one paid from the balance is not the book's any more. */
    public Visit toVisit() {
        if (settledMinor > 0) {
            throw new IllegalStateException("Visit " + id + " was paid from the balance");
        }
        return subscriptionId == null ? new Visit(lessonId, date, null)
                : new Visit(lessonId, date, new Consumption(subscriptionId, rub(revenueMinor), lastShare));
    }

    /** Takes how the lesson book paid for it (a settled debt becomes paid by the subscription). */
    public void keep(Visit visit) {
        subscriptionId = visit.subscriptionId().orElse(null);
        revenueMinor = visit.paidFrom().map(paid -> paid.revenue().minorUnits()).orElse(0L);
        lastShare = visit.paidFrom().map(Consumption::lastShare).orElse(false);
    }

    /** A lesson in debt paid from the balance at its price. */
    public void settle(Amount price) {
        if (!isInDebt()) {
            throw new IllegalStateException("Visit " + id + " is not in debt");
        }
        settledMinor = price.minorUnits();
    }

    public boolean isInDebt() {
        return subscriptionId == null && settledMinor == 0;
    }

    public boolean isSettledFromBalance() {
        return settledMinor > 0;
    }

    private static Amount rub(long minor) {
        return Amount.ofMinorUnits(minor, Currency.RUB);
    }

    public Amount settled() {
        return rub(settledMinor);
    }

    public Amount revenue() {
        return rub(revenueMinor);
    }

    public Long id() {
        return id;
    }

    public long enrolmentId() {
        return enrolmentId;
    }

    public long lessonId() {
        return lessonId;
    }

    public LocalDate date() {
        return date;
    }

    public Long subscriptionId() {
        return subscriptionId;
    }

    public Instant markedAt() {
        return markedAt;
    }
}
