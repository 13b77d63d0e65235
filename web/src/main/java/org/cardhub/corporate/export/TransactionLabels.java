package org.cardhub.corporate.export;

import org.cardhub.cabinet.Formats;
import org.cardhub.fleet.entity.TransactionRow;
import org.cardhub.fleet.entity.TransactionStatus;
import org.cardhub.fleet.entity.TransactionType;
import org.cardhub.money.Amount;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How a transaction reads in the page's language, the same on the page and in its exports: headers, types and
 * products from the cabinet's bundle (a product the bundle does not know shows its code), times in the contract's
 * time zone.
 */
public final class TransactionLabels {

    public static final String BUNDLE = "org.cardhub.cabinet.messages";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final ResourceBundle bundle;
    private final Locale locale;
    private final ZoneId zone;

    public TransactionLabels(Locale locale, ZoneId zone) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
        this.locale = locale;
        this.zone = zone;
    }

    /** Whether these are the labels of that language and time zone. */
    public boolean isFor(Locale locale, ZoneId zone) {
        return this.locale.equals(locale) && this.zone.equals(zone);
    }

    public ZoneId zone() {
        return zone;
    }

    public String text(String key) {
        return bundle.getString(key);
    }

    public List<String> headers() {
        return List.of(text("fleet.tx.date"), text("fleet.cards.number"), text("fleet.tx.holder"), text("fleet.tx.station"),
                text("fleet.tx.region"), text("fleet.tx.product"), text("fleet.tx.litres"), text("tariffs.tx.price"),
                text("tariffs.tx.discount"), text("fleet.tx.amount"), text("fleet.tx.type"), text("fleet.tx.status"),
                text("fleet.tx.marks"));
    }

    public Locale locale() {
        return locale;
    }

    /** "1 500,00 ₽", "25,000 л": as the page shows amounts. */
    public String amount(Amount amount) {
        return Formats.amount(amount, locale);
    }

    /** A discount rate, 300 basis points as "3 %". */
    public String percent(int basisPoints) {
        return Formats.percent(basisPoints, locale);
    }

    public String status(TransactionStatus status) {
        return text("fleet.txStatus." + status.name());
    }

    /** Why a row is suspicious, in words; empty when it is not. */
    public String suspicions(TransactionRow row) {
        return row.suspicions().stream().sorted().map(suspicion -> text("fleet.suspicion." + suspicion.name()))
                .collect(Collectors.joining(", "));
    }

    /** A region's name where the bundle has one, else its code. */
    public String region(String code) {
        return code == null ? "" : known("fleet.region." + code).orElse(code);
    }

    /** The card's vehicle and plate where they are known, else its holder (a driver, a person). */
    public String vehicle(TransactionRow row) {
        String vehicle = Stream.of(row.vehicle(), row.plate()).filter(Objects::nonNull).collect(Collectors.joining(" "));
        return vehicle.isEmpty() ? (row.holder() == null ? "" : row.holder()) : vehicle;
    }

    public String type(TransactionType type) {
        return text("fleet.txType." + type.name());
    }

    public String product(String code) {
        return code == null ? "" : known("fleet.product." + code).orElse(code);
    }

    private Optional<String> known(String key) {
        try {
            return Optional.of(bundle.getString(key));
        } catch (MissingResourceException unknown) {
            return Optional.empty();
        }
    }

    /** The card's number, or the contract's own account when the movement was on it. */
    public String card(TransactionRow row) {
        return row.panMasked() == null ? text("fleet.tx.contractAccount") : row.panMasked();
    }

    public LocalDateTime localTime(Instant instant) {
        return LocalDateTime.ofInstant(instant, zone);
    }

    public String when(Instant instant) {
        return WHEN.format(localTime(instant));
    }
}
