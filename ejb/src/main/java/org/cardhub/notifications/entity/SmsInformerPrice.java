package org.cardhub.notifications.entity;

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
import java.time.ZoneId;

/**
 * What the SMS informer costs on a school contract: a price per month, charged on the 1st; the month it is connected
 * in (or resumed in) is charged for its days left, the day of connection included, when the programme prorates, else
 * in full.
 */
@Entity
@Table(name = "sms_informer_price")
public class SmsInformerPrice {

    @Id
    @Column(name = "contract_id")
    private long contractId;

    @Column(name = "monthly_minor")
    @Convert(converter = RoublesAsKopecksConverter.class)
    private Amount monthly;

    private boolean prorated;

    @Version
    private long version;

    protected SmsInformerPrice() {
    }

    public SmsInformerPrice(long contractId, Amount monthly, boolean prorated) {
        if (!monthly.isPositive()) {
            throw new IllegalArgumentException("The SMS informer costs something a month, not " + monthly);
        }
        this.contractId = contractId;
        this.monthly = monthly;
        this.prorated = prorated;
    }

    public Amount monthly() {
        return monthly;
    }

    public boolean isProrated() {
        return prorated;
    }

    /** The school's day at {@code now}: its months and their days are the school's, wherever the server is. */
    public static LocalDate schoolDay(Instant now, ZoneId schoolZone) {
        return LocalDate.ofInstant(now, schoolZone);
    }

    /** The days connecting on {@code day} pays for: those left in its month when prorated, else the whole month. */
    public int daysPaidFrom(LocalDate day) {
        return prorated ? daysLeft(day) : day.lengthOfMonth();
    }

    /** What connecting on {@code day} (the school's local day) costs for the rest of its month. */
    public Amount forRestOfMonth(LocalDate day) {
        return prorated ? prorate(monthly, daysLeft(day), day.lengthOfMonth()) : monthly;
    }

    /** The days of {@code day}'s month from it to the month's end, both included. */
    public static int daysLeft(LocalDate day) {
        return day.lengthOfMonth() - day.getDayOfMonth() + 1;
    }

    /** {@code monthly} for {@code days} of a month of {@code daysInMonth}, rounded half up to the kopeck. */
    public static Amount prorate(Amount monthly, int days, int daysInMonth) {
        if (days < 1 || days > daysInMonth) {
            throw new IllegalArgumentException(days + " days of a month of " + daysInMonth);
        }
        long kopecks = Math.addExact(Math.multiplyExact(Math.multiplyExact(monthly.minorUnits(), days), 2), daysInMonth)
                / (2L * daysInMonth);
        return Amount.ofMinorUnits(kopecks, monthly.currency());
    }
}
