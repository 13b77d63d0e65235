package org.cardhub.lessons.entity;

import static org.cardhub.lessons.entity.InvalidSubscriptionException.Code.DAYS_NOT_POSITIVE;
import static org.cardhub.lessons.entity.InvalidSubscriptionException.Code.LESSONS_NOT_POSITIVE;
import static org.cardhub.lessons.entity.InvalidSubscriptionException.Code.OVERPAID;
import static org.cardhub.lessons.entity.InvalidSubscriptionException.Code.PAYMENT_NOT_POSITIVE;

import org.cardhub.money.Amount;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A pupil's subscription ("абонемент") to one group: lessons bought, valid from its first to its last day (both
 * included, in the organisation's calendar), its price and what has been paid of it so far (in parts if need be).
 * Once expired, its unused lessons are forfeited: nothing consumes them, whatever the date of a late-marked visit.
 */
public class Subscription {

    /** "Ending soon": this many lessons left or fewer... */
    public static final int FEW_LESSONS = 2;
    /** ...or this many days to its last day or fewer. */
    public static final int FEW_DAYS = 7;

    private final long id;
    private final int lessonsBought;
    private final LocalDate validFrom;
    private final LocalDate validUntil;
    private final Amount price;
    private final LessonRevenue revenue;
    private Amount paid;
    private int lessonsConsumed;
    private boolean lastShareRecognised;
    private boolean expired;

    public Subscription(long id, int lessonsBought, LocalDate validFrom, LocalDate validUntil, Amount price) {
        if (lessonsBought <= 0) {
            throw new InvalidSubscriptionException(LESSONS_NOT_POSITIVE, "A subscription has at least one lesson, was " + lessonsBought);
        }
        if (validUntil.isBefore(Objects.requireNonNull(validFrom, "validFrom"))) {
            throw new InvalidSubscriptionException(DAYS_NOT_POSITIVE, "A subscription ends on or after " + validFrom
                    + ", not " + validUntil);
        }
        this.id = id;
        this.lessonsBought = lessonsBought;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.price = Prices.requirePrice(price, "A subscription");
        this.revenue = LessonRevenue.of(price, lessonsBought);
        this.paid = Amount.zero(price.currency());
    }

    /** A subscription as the books kept it: what was paid, how many lessons were consumed, whether it expired. */
    public static Subscription restore(long id, int lessonsBought, LocalDate validFrom, LocalDate validUntil, Amount price,
                                       Amount paid, int lessonsConsumed, boolean lastShareRecognised, boolean expired) {
        Subscription subscription = new Subscription(id, lessonsBought, validFrom, validUntil, price);
        if (lessonsConsumed < 0 || lessonsConsumed > lessonsBought || paid.isNegative() || paid.isGreaterThan(price)) {
            throw new IllegalStateException("Subscription " + id + " kept inconsistent: " + lessonsConsumed + " of "
                    + lessonsBought + " lessons, " + paid + " of " + price);
        }
        subscription.paid = Prices.requireRoubles(paid, "A payment");
        subscription.lessonsConsumed = lessonsConsumed;
        subscription.lastShareRecognised = lastShareRecognised;
        subscription.expired = expired;
        return subscription;
    }

    /** Takes a payment towards the price: never zero or below, never more than is still due. */
    public void pay(Amount payment) {
        Prices.requireRoubles(payment, "A payment");
        if (!payment.isPositive()) {
            throw new InvalidSubscriptionException(PAYMENT_NOT_POSITIVE, "A payment is more than zero, was " + payment);
        }
        if (payment.isGreaterThan(paymentDue())) {
            throw new InvalidSubscriptionException(OVERPAID, "Subscription " + id + " has " + paymentDue()
                    + " due, not " + payment);
        }
        paid = paid.plus(payment);
    }

    public Amount paymentDue() {
        return price.minus(paid);
    }

    public boolean isPaymentDue() {
        return paid.isLessThan(price);
    }

    public int lessonsLeft() {
        return lessonsBought - lessonsConsumed;
    }

    public boolean isValidOn(LocalDate date) {
        return !date.isBefore(validFrom) && !date.isAfter(validUntil);
    }

    /** Whether a lesson on that date may be paid from it: valid that day, not expired, a lesson left. */
    public boolean canPayFor(LocalDate lessonDate) {
        return !expired && isValidOn(lessonDate) && lessonsLeft() > 0;
    }

    /** Active on a day and near its end: {@value #FEW_LESSONS} lessons left or fewer, or {@value #FEW_DAYS} days or fewer. */
    public boolean isEndingSoon(LocalDate asOf) {
        if (expired || asOf.isAfter(validUntil) || lessonsLeft() == 0) {
            return false;
        }
        return lessonsLeft() <= FEW_LESSONS || ChronoUnit.DAYS.between(asOf, validUntil) <= FEW_DAYS;
    }

    /** The revenue its consumed lessons have recognised so far; the price exactly once every lesson is consumed. */
    public Amount recognisedRevenue() {
        Amount ordinary = Amount.ofMinorUnits(revenue.perLesson().minorUnits() * lessonsConsumed, price.currency());
        return lastShareRecognised ? ordinary.plus(revenue.remainder()) : ordinary;
    }

    Consumption consumeFor(LocalDate lessonDate) {
        if (!canPayFor(lessonDate)) {
            throw new IllegalStateException("Subscription " + id + " cannot pay for a lesson on " + lessonDate);
        }
        lessonsConsumed++;
        // The leftover kopecks go with whichever lesson uses the subscription up, unless a visit still holds them.
        boolean last = lessonsConsumed == lessonsBought && !lastShareRecognised;
        lastShareRecognised |= last;
        return new Consumption(id, revenue.share(last), last);
    }

    void giveBack(Consumption consumption) {
        if (consumption.subscriptionId() != id || lessonsConsumed == 0) {
            throw new IllegalStateException("Subscription " + id + " did not pay for " + consumption);
        }
        lessonsConsumed--;
        if (consumption.lastShare()) {
            lastShareRecognised = false;
        }
    }

    /** Expires it once a day after its last one has come; answers whether it expired just now. */
    boolean expireAsOf(LocalDate today) {
        if (expired || !today.isAfter(validUntil)) {
            return false;
        }
        expired = true;
        return true;
    }

    public long id() {
        return id;
    }

    public int lessonsBought() {
        return lessonsBought;
    }

    public int lessonsConsumed() {
        return lessonsConsumed;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public Amount price() {
        return price;
    }

    public Amount paid() {
        return paid;
    }

    public boolean lastShareRecognised() {
        return lastShareRecognised;
    }

    public boolean isExpired() {
        return expired;
    }

    public LessonRevenue revenue() {
        return revenue;
    }
}
