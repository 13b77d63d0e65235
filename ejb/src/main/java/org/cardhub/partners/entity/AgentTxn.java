package org.cardhub.partners.entity;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How the payment-agent protocol's {@code txn_id} and {@code txn_date} are read. A txn_id is the agent's
 * integer and the idempotency key of its pay, kept as text: so it is refused with leading zeros, which
 * would make {@code 0179…} and {@code 179…} two keys for one number. A txn_date is the agent's local
 * time of the payment; one before {@link #EARLIEST} or more than a day ahead of UTC (ahead of every
 * time zone) is no real payment's time.
 */
public final class AgentTxn {

    public static final LocalDateTime EARLIEST = LocalDateTime.of(2000, 1, 1, 0, 0);
    private static final Pattern TXN_ID = Pattern.compile("0|[1-9]\\d{0,19}");
    private static final DateTimeFormatter TXN_DATE = DateTimeFormatter.ofPattern("uuuuMMddHHmmss")
            .withResolverStyle(ResolverStyle.STRICT);

    private AgentTxn() {
    }

    /** Whether {@code text} is a txn_id: an integer of at most 20 digits, written without leading zeros. */
    public static boolean isTxnId(String text) {
        return text != null && TXN_ID.matcher(text).matches();
    }

    /** The payment time {@code text} names as YYYYMMDDHHMMSS, if it is one and lies within the window at {@code utcNow}. */
    public static Optional<LocalDateTime> txnDate(String text, LocalDateTime utcNow) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            LocalDateTime paidAt = LocalDateTime.parse(text, TXN_DATE);
            return paidAt.isBefore(EARLIEST) || paidAt.isAfter(utcNow.plusDays(1)) ? Optional.empty() : Optional.of(paidAt);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
