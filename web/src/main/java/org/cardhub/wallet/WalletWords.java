package org.cardhub.wallet;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.cabinet.Formats;
import org.cardhub.cabinet.Language;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.cards.entity.CardForm;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.contracts.entity.WalletTier;
import org.cardhub.ledger.entity.EntryKind;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.wallets.entity.WalletOperation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the wallet's pages read: amounts as 1 500,00 ₽ (a movement signed, +1 500,00 ₽ / −1 500,00 ₽), moments as
 * 06.12.2026 14:05 in the wallet's zone, a card's expiry as 12/29, and every kind, status and tier in words.
 */
@Named
@RequestScoped
public class WalletWords {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("MM/yy");

    @Inject
    Language language;

    public String amount(Amount amount) {
        return Formats.amount(amount, locale());
    }

    /** A movement of the balance: «+1 500,00 ₽» in, «−1 500,00 ₽» out. */
    public String signed(long amountMinor) {
        return signed(amountMinor, locale());
    }

    static String signed(long amountMinor, Locale locale) {
        String sign = amountMinor > 0 ? "+" : amountMinor < 0 ? "\u2212" : "";
        return sign + Formats.amount(Amount.ofMinorUnits(Math.abs(amountMinor), Currency.RUB), locale);
    }

    public String dateTime(Instant at, ZoneId zone) {
        return at == null || zone == null ? "" : DATE_TIME.format(at.atZone(zone));
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** A card's expiry as printed on it: 12/29. */
    public String expiry(LocalDate expiresOn) {
        return expiresOn == null ? "" : EXPIRY.format(expiresOn);
    }

    public String kind(WalletOperation operation) {
        return PageMessages.text(kindKey(operation.kind(), operation.amountMinor()));
    }

    public String status(CardStatus status) {
        return PageMessages.text("wallet.card.status." + status.name());
    }

    public String form(CardForm form) {
        return PageMessages.text("wallet.card.form." + form.name());
    }

    public String tier(WalletTier tier) {
        return PageMessages.text("wallet.tier." + tier.name());
    }

    /** How full a cap is, in whole percent for a progress bar: 0 to 100. */
    public int percent(Amount part, Amount whole) {
        return percentOf(part, whole);
    }

    /** The message key of an operation's kind; a transfer in and out read differently. */
    static String kindKey(EntryKind kind, long amountMinor) {
        if (kind == EntryKind.TRANSFER) {
            return amountMinor >= 0 ? "wallet.kind.TRANSFER.in" : "wallet.kind.TRANSFER.out";
        }
        return "wallet.kind." + kind.name();
    }

    /** Whole percent of {@code whole} that {@code part} is, rounded down; anything above zero shows at least 1. */
    static int percentOf(Amount part, Amount whole) {
        if (part == null || whole == null || !whole.isPositive() || !part.isPositive()) {
            return 0;
        }
        if (!whole.isGreaterThan(part)) {
            return 100;
        }
        return (int) Math.max(1, Math.min(99, part.minorUnits() * 100 / whole.minorUnits()));
    }

    private Locale locale() {
        return language == null ? Locale.forLanguageTag("ru") : language.getLocale();
    }
}
