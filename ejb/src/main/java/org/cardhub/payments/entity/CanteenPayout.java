package org.cardhub.payments.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * The settlement of one school day's canteen sales to the school's supplier: which school (an organisation, its name
 * for the entry's description) and its school contract, the supplier (an organisation) and the contract whose main account receives the share, the
 * programme's commission, the day the supplier has supplied since and the school's time zone, in which {@code day} is
 * a local day.
 */
public record CanteenPayout(long schoolId, String schoolName, long schoolContractId, long supplierId, long supplierContractId,
                            int commissionBp, LocalDate since, ZoneId zone, LocalDate day) {

    /** The scope of the settlements' operation keys. */
    public static final String SCOPE = "canteen-settlement";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    public CanteenPayout {
        Objects.requireNonNull(schoolName);
        Objects.requireNonNull(since);
        Objects.requireNonNull(zone);
        Objects.requireNonNull(day);
        if (commissionBp < 0 || commissionBp > 10_000) {
            throw new InvalidOperationException(InvalidOperationException.Code.RANGE_INVALID,
                    "A commission is 0 to 10 000 basis points, not " + commissionBp);
        }
        if (day.isBefore(since)) {
            throw new InvalidOperationException(InvalidOperationException.Code.RANGE_INVALID,
                    "The supplier supplies school " + schoolId + " since " + since + ", not on " + day);
        }
    }

    /** {@code canteen-settlement:<school>/<date>}: one settlement a school and day, however often it is asked. */
    public OperationKey operationKey() {
        return new OperationKey(SCOPE, schoolId + "/" + day);
    }

    /** When the day began in the school's zone. */
    public Instant dayStart() {
        return day.atStartOfDay(zone).toInstant();
    }

    /** When the day ended in the school's zone: nothing of it may be settled before. */
    public Instant dayEnd() {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /**
     * The earliest booking time a sale not settled yet can have, given the school's last settled day ({@code null}: none):
     * the supplier's first day; else the first of the month before that day's — the ledger books a late sale at the time
     * it happened only within the month it reaches the books and the one before (LateBooking), so anything older was
     * there for that last settlement to take.
     */
    public Instant earliestUnsettled(LocalDate lastSettled) {
        LocalDate floor = lastSettled == null ? since : lastSettled.withDayOfMonth(1).minusMonths(1);
        return (floor.isBefore(since) ? since : floor).atStartOfDay(zone).toInstant();
    }

    /** The settlement entry's description, as the supplier reads it in the account's history. */
    public String description() {
        return "Расчёт за питание за " + DAY.format(day) + ": " + schoolName;
    }

    /** What the operation is about, to tell a replay from a reused key. */
    public String fingerprint() {
        return schoolId + "|" + schoolContractId + "|" + supplierId + "|" + supplierContractId + "|" + commissionBp + "|" + day;
    }
}
