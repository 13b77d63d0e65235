package org.cardhub.parent;

import org.cardhub.cabinet.Formats;
import org.cardhub.money.Amount;
import org.cardhub.notifications.entity.InformerOutcome;
import org.cardhub.notifications.entity.InformerState;
import org.cardhub.notifications.entity.SmsInformer;

import java.io.Serializable;
import java.text.MessageFormat;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.function.Function;

/**
 * The SMS informer in the parent's words: its state, price, what connecting costs now, why it is suspended, and what
 * connecting or disconnecting came to. {@code words} gives the pattern of a message key in the page's language.
 */
public final class InformerTexts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** What the informer block shows; a null line is not shown. */
    public record Lines(String status, String severity, String price, String paid, String lastCharge, String suspended,
                 String due, String connectLabel, boolean mayConnect, boolean mayDisconnect) implements Serializable {
    }

    private final Function<String, String> words;
    private final Locale locale;

    InformerTexts(Function<String, String> words, Locale locale) {
        this.words = words;
        this.locale = locale;
    }

    Lines of(InformerState informer, String timeZone) {
        if (!informer.offered()) {
            return new Lines(text("notices.informer.notOffered"), "secondary", null, null, null, null, null, null, false,
                    false);
        }
        SmsInformer.Status status = informer.status();
        String price = text(informer.prorated() ? "notices.informer.priceProrated" : "notices.informer.price",
                amount(informer.monthly()));
        String paid = informer.paidMonth() == null ? null : text("notices.informer.paidThrough", month(informer.paidMonth()));
        String last = informer.lastCharge() == null ? null : text("notices.informer.lastCharge", amount(informer.lastCharge()),
                DATE.format(informer.lastChargedAt().atZone(ZoneId.of(timeZone))));
        String suspended = status != SmsInformer.Status.SUSPENDED ? null
                : "INSUFFICIENT_FUNDS".equals(informer.suspendReason())
                ? text("notices.informer.suspendedFunds", month(informer.suspendedMonth()), amount(informer.shortfall()))
                : text("notices.informer.suspendedOther", month(informer.suspendedMonth()));
        String due = status == SmsInformer.Status.ACTIVE ? null : dueNow(informer);
        String label = text(status == SmsInformer.Status.SUSPENDED ? "notices.informer.resume" : "notices.informer.connect");
        String severity = switch (status) {
            case ACTIVE -> "success";
            case SUSPENDED -> "danger";
            case OFF -> "secondary";
        };
        return new Lines(text("notices.informer.status." + status), severity, price, paid, last, suspended, due, label,
                status != SmsInformer.Status.ACTIVE, status != SmsInformer.Status.OFF);
    }

    /** What connecting (or resuming) came to, for the page's message. */
    String outcome(InformerOutcome outcome, String child) {
        return switch (outcome.result()) {
            case CONNECTED -> outcome.charged() == null || outcome.charged().isZero()
                    ? text("notices.informer.connectedFree", child)
                    : text("notices.informer.connected", child, amount(outcome.charged()), month(outcome.month()));
            case ALREADY_CONNECTED -> text("notices.informer.already", child);
            case NOT_OFFERED -> text("notices.informer.notOffered");
            case INSUFFICIENT_FUNDS -> text("notices.informer.insufficient", amount(outcome.available()),
                    amount(outcome.charged()));
            case DECLINED -> text("notices.informer.declined");
        };
    }

    private String dueNow(InformerState informer) {
        if (informer.dueNow().isZero()) {
            return text("notices.informer.duePaid", month(informer.month()));
        }
        if (informer.prorated() && informer.daysLeft() < informer.daysInMonth()) {
            return text("notices.informer.dueProrated", amount(informer.dueNow()), informer.daysLeft(), informer.daysInMonth(),
                    month(informer.month()), amount(informer.monthly()));
        }
        return text("notices.informer.dueFull", amount(informer.dueNow()), month(informer.month()), amount(informer.monthly()));
    }

    String month(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " " + month.getYear();
    }

    private String amount(Amount amount) {
        return amount == null ? "" : Formats.amount(amount, locale);
    }

    private String text(String key, Object... arguments) {
        String pattern = words.apply(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
