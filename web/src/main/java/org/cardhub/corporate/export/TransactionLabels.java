package org.cardhub.corporate.export;

import org.cardhub.fleet.entity.TransactionRow;
import org.cardhub.fleet.entity.TransactionType;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * How a transaction reads in the page's language, the same on the page and in its exports: headers, types and
 * products from the cabinet's bundle (a product the bundle does not know shows its code), times in the contract's
 * time zone.
 */
public final class TransactionLabels {

    public static final String BUNDLE = "org.cardhub.cabinet.messages";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final ResourceBundle bundle;
    private final ZoneId zone;

    public TransactionLabels(Locale locale, ZoneId zone) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
        this.zone = zone;
    }

    public String text(String key) {
        return bundle.getString(key);
    }

    public List<String> headers() {
        return List.of(text("fleet.tx.date"), text("fleet.cards.number"), text("fleet.tx.holder"), text("fleet.tx.station"),
                text("fleet.tx.region"), text("fleet.tx.product"), text("fleet.tx.litres"), text("fleet.tx.amount"),
                text("fleet.tx.type"));
    }

    public String type(TransactionType type) {
        return text("fleet.txType." + type.name());
    }

    public String product(String code) {
        if (code == null) {
            return "";
        }
        try {
            return bundle.getString("fleet.product." + code);
        } catch (MissingResourceException unknown) {
            return code;
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
