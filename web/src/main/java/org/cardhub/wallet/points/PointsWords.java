package org.cardhub.wallet.points;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.bonus.entity.MovementLine;
import org.cardhub.cabinet.Language;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.money.Amount;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the points page reads: points as «1 234,56 Б» (one point is one rouble, so two decimals, and «Б» for баллы;
 * «pts» in English), signed in the movements («+100,00 Б», «−30,00 Б»), dates as 07.12.2026, kinds of movement in words.
 */
@Named
@RequestScoped
public class PointsWords {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Inject
    Language language;

    public String points(Amount points) {
        return points(points, language.getLocale(), false);
    }

    public String signed(Amount points) {
        return points(points, language.getLocale(), true);
    }

    /** Points in a language, with a sign when asked (a minus sign, not a hyphen). */
    static String points(Amount points, Locale locale, boolean signed) {
        if (points == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(locale));
        String number = format.format(points.toBigDecimal().abs());
        String sign = !signed || points.isZero() ? (points.isNegative() ? "\u2212" : "") : points.isNegative() ? "\u2212" : "+";
        return sign + number + "\u00a0" + ("ru".equals(locale.getLanguage()) ? "Б" : "pts");
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String date(Instant at) {
        return at == null ? "" : DATE.format(at.atZone(MOSCOW));
    }

    /** «Начислено», «Списано в оплату», … */
    public String kind(MovementLine line) {
        return PageMessages.text("points.kind." + line.kind().name());
    }

    /** «Покупка по бонусной карте, чек 42» or «Покупка картой кошелька». */
    public String source(MovementLine line) {
        return line.source() == MovementLine.Source.IN_NETWORK
                ? PageMessages.text("points.source.IN_NETWORK", line.purchase())
                : PageMessages.text("points.source.ELSEWHERE");
    }

    /** A barcode in its groups as printed under the bars: «2 990000 000019». */
    public String barcode(String digits) {
        return digits == null || digits.length() != 13 ? digits
                : digits.charAt(0) + "\u00a0" + digits.substring(1, 7) + "\u00a0" + digits.substring(7);
    }
}
