package org.cardhub.bonus.entity;

import static org.cardhub.bonus.entity.BonusRefusal.Code.CHECK_INVALID;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A check as a till of the programme sends it: the till's own purchase id, the buyer's bonus card, when it was paid,
 * its lines, and the points the buyer wants to pay with (zero for none). Its {@link #fingerprint()} tells a repeat of
 * the check from another check sent under the same purchase id.
 */
public record TillCheck(String purchaseId, BonusCardBarcode card, Instant purchasedAt, List<PurchaseLine> lines,
                        Amount pointsToSpend) {

    public static final String PURCHASE_ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9._:-]{0,59}";
    public static final int MAX_LINES = 500;

    public TillCheck {
        requireValidPurchaseId(purchaseId);
        if (card == null || purchasedAt == null) {
            throw new BonusRefusal(CHECK_INVALID, "A check names the bonus card and when it was paid");
        }
        if (lines == null || lines.isEmpty() || lines.size() > MAX_LINES) {
            throw new BonusRefusal(CHECK_INVALID, "A check has 1 to " + MAX_LINES + " lines");
        }
        lines = List.copyOf(lines);
        pointsToSpend = pointsToSpend == null ? Amount.zero(Currency.POINTS) : pointsToSpend;
        if (pointsToSpend.currency() != Currency.POINTS || pointsToSpend.isNegative()) {
            throw new BonusRefusal(CHECK_INVALID, "Points to spend are points, not negative, were " + pointsToSpend);
        }
    }

    public static void requireValidPurchaseId(String purchaseId) {
        if (purchaseId == null || !purchaseId.matches(PURCHASE_ID_PATTERN)) {
            throw new BonusRefusal(CHECK_INVALID, "A purchase id is 1 to 60 letters, digits and . _ : - "
                    + "(starting with a letter or digit)");
        }
    }

    /** What the book knows the check by: the till's purchase id, kept apart from purchases elsewhere ({@code E-…}). */
    public static String bookPurchaseId(String purchaseId) {
        return "C-" + purchaseId;
    }

    public String bookPurchaseId() {
        return bookPurchaseId(purchaseId);
    }

    /** The check's total in roubles, every line counted (points may pay a share of it all). */
    public Amount total() {
        return lines.stream().map(PurchaseLine::price).reduce(Amount.zero(Currency.RUB), Amount::plus);
    }

    public boolean wantsPoints() {
        return pointsToSpend.isPositive();
    }

    /** SHA-256 (hex) of the check as sent: card, time, lines in order, points wanted. */
    public String fingerprint() {
        String canonical = card.digits() + "|" + purchasedAt.toEpochMilli() + "|"
                + lines.stream().map(line -> line.category() + "=" + line.price().minorUnits())
                .collect(Collectors.joining(";")) + "|" + pointsToSpend.minorUnits();
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
