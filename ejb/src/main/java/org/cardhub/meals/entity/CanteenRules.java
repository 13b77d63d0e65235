package org.cardhub.meals.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cardhub.money.Amount;
import org.cardhub.money.RoublesAsKopecksConverter;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * How a school's canteen day runs, on the clock of the school's time zone: orders for a day close at the cut-off
 * ({@code cutOffDaysBefore} days before, at {@code orderCutOff}) and open {@code daysAhead} days ahead; pupils not through
 * the turnstile by the attendance deadline have their pre-orders released; meals are served at lunch time. A school
 * with no rules of its own runs on {@link #defaults}.
 */
@Entity
@Table(name = "canteen_settings")
public class CanteenRules {

    static final LocalTime DEFAULT_CUT_OFF = LocalTime.of(18, 0);
    static final LocalTime DEFAULT_DEADLINE = LocalTime.of(10, 0);
    static final LocalTime DEFAULT_LUNCH = LocalTime.of(12, 0);
    /** A reservation outlives its lunch by this much, so that the holds' own expiry frees it if nothing else does. */
    private static final long HOLD_GRACE_HOURS = 36;

    @Id
    @Column(name = "organization_id")
    private long organizationId;

    @Column(name = "order_cutoff")
    private LocalTime orderCutOff;

    @Column(name = "cutoff_days_before")
    private int cutOffDaysBefore;

    @Column(name = "order_days_ahead")
    private int daysAhead;

    @Column(name = "attendance_deadline")
    private LocalTime attendanceDeadline;

    @Column(name = "lunch_time")
    private LocalTime lunchTime;

    @Column(name = "free_meal_price_minor")
    @Convert(converter = RoublesAsKopecksConverter.class)
    private Amount freeMealPrice;

    @Column(name = "free_meal_name")
    private String freeMealName;

    @Version
    private long version;

    protected CanteenRules() {
    }

    public CanteenRules(long organizationId, LocalTime orderCutOff, int cutOffDaysBefore, int daysAhead,
                        LocalTime attendanceDeadline, LocalTime lunchTime, Amount freeMealPrice, String freeMealName) {
        if (cutOffDaysBefore < 1 || daysAhead < 1 || lunchTime.isBefore(attendanceDeadline)) {
            throw new IllegalArgumentException("Orders close at least a day before; lunch is not before the attendance deadline");
        }
        this.organizationId = organizationId;
        this.orderCutOff = orderCutOff;
        this.cutOffDaysBefore = cutOffDaysBefore;
        this.daysAhead = daysAhead;
        this.attendanceDeadline = attendanceDeadline;
        this.lunchTime = lunchTime;
        this.freeMealPrice = freeMealPrice;
        this.freeMealName = freeMealName;
    }

    /** Orders close at 18:00 the day before, open a week ahead; attendance by 10:00, lunch at 12:00; no free meal price. */
    public static CanteenRules defaults(long organizationId) {
        return new CanteenRules(organizationId, DEFAULT_CUT_OFF, 1, 7, DEFAULT_DEADLINE, DEFAULT_LUNCH, null, null);
    }

    /** Why {@code mealDate} cannot be ordered at {@code now}, if it cannot. */
    public Optional<InvalidPreOrderException> refusalToOrder(LocalDate mealDate, Instant now, ZoneId zone) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        if (!mealDate.isAfter(today)) {
            return Optional.of(new InvalidPreOrderException(InvalidPreOrderException.Code.DAY_PAST,
                    "Meals are ordered for tomorrow or later, not " + mealDate));
        }
        if (mealDate.isAfter(lastOrderableDay(today))) {
            return Optional.of(new InvalidPreOrderException(InvalidPreOrderException.Code.DAY_TOO_FAR,
                    "Meals are ordered at most " + daysAhead + " days ahead"));
        }
        Instant cutOff = cutOff(mealDate, zone);
        return now.isBefore(cutOff) ? Optional.empty() : Optional.of(InvalidPreOrderException.closed(cutOff));
    }

    /**
     * Why a teacher's group meal for {@code mealDate} cannot be ordered at {@code now}, if it cannot: a day gone;
     * further ahead than parents may order; today once the attendance deadline has passed (the canteen plans lunch by
     * then). A later day has no cut-off of its own: the canteen cooks for a class as for the pupils who come.
     */
    public Optional<InvalidGroupMealException> refusalToOrderForClass(LocalDate mealDate, Instant now, ZoneId zone) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        if (mealDate.isBefore(today)) {
            return Optional.of(new InvalidGroupMealException(InvalidGroupMealException.Code.DAY_PAST,
                    "Group meals are ordered for today or later, not " + mealDate));
        }
        if (mealDate.isAfter(lastOrderableDay(today))) {
            return Optional.of(new InvalidGroupMealException(InvalidGroupMealException.Code.DAY_TOO_FAR,
                    "Group meals are ordered at most " + daysAhead + " days ahead"));
        }
        Instant deadline = attendanceDeadline(mealDate, zone);
        return mealDate.equals(today) && !now.isBefore(deadline) ? Optional.of(InvalidGroupMealException.closed(deadline))
                : Optional.empty();
    }

    public boolean isOpenForOrders(LocalDate mealDate, Instant now, ZoneId zone) {
        return refusalToOrder(mealDate, now, zone).isEmpty();
    }

    public LocalDate lastOrderableDay(LocalDate today) {
        return today.plusDays(daysAhead);
    }

    /** When orders for {@code mealDate} close. */
    public Instant cutOff(LocalDate mealDate, ZoneId zone) {
        return mealDate.minusDays(cutOffDaysBefore).atTime(orderCutOff).atZone(zone).toInstant();
    }

    /** By when a pupil must have come through the turnstile on {@code day} for their meal to be served. */
    public Instant attendanceDeadline(LocalDate day, ZoneId zone) {
        return day.atTime(attendanceDeadline).atZone(zone).toInstant();
    }

    public Instant lunch(LocalDate day, ZoneId zone) {
        return day.atTime(lunchTime).atZone(zone).toInstant();
    }

    public Instant startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** Until when a pre-order's money is held at the latest, should neither serving nor releasing come. */
    public Instant holdExpiry(LocalDate day, ZoneId zone) {
        return lunch(day, zone).plusSeconds(HOLD_GRACE_HOURS * 3600);
    }

    public Optional<Amount> freeMealPrice() {
        return Optional.ofNullable(freeMealPrice);
    }

    public String freeMealName() {
        return freeMealName == null || freeMealName.isBlank() ? "Комплексный обед" : freeMealName;
    }

    public long organizationId() {
        return organizationId;
    }

    public LocalTime orderCutOffTime() {
        return orderCutOff;
    }

    public LocalTime attendanceDeadlineTime() {
        return attendanceDeadline;
    }

    public LocalTime lunchTime() {
        return lunchTime;
    }

    public int daysAhead() {
        return daysAhead;
    }
}
