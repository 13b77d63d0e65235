package org.cardhub.cards.entity;

import java.util.regex.Pattern;

import static org.cardhub.cards.entity.InvalidStockException.Code.BIN_MISMATCH;
import static org.cardhub.cards.entity.InvalidStockException.Code.NUMBER_CHECKSUM;
import static org.cardhub.cards.entity.InvalidStockException.Code.NUMBER_FORMAT;
import static org.cardhub.cards.entity.InvalidStockException.Code.RANGE_ORDER;
import static org.cardhub.cards.entity.InvalidStockException.Code.RANGE_OUTSIDE_STOCK;
import static org.cardhub.cards.entity.InvalidStockException.Code.RANGE_TOO_LARGE;

/**
 * The numbers printed on a batch of blank cards, from the first to the last: 16-digit numbers of one 6-digit BIN, each
 * passing the Luhn check, so the batch is the serials (the 9 digits between the BIN and the check digit) from the
 * first's to the last's. Stock serials start at {@link #STOCK_FLOOR}: the numbers below are generated one by one
 * (virtual cards, reissues) and a batch there could hand out a number already in use. {@link #toString()} is masked.
 */
public record NumberRange(String bin, long firstSerial, long lastSerial) {

    /** The first serial of the stock's numbers; the sequence of generated numbers ends below it. */
    public static final long STOCK_FLOOR = 500_000_000L;
    /** A factory's batch is thousands of cards; more in one batch is a typing error. */
    public static final int MAX_CARDS = 100_000;
    private static final Pattern NUMBER = Pattern.compile("[0-9]{16}");
    private static final int BIN_LENGTH = 6;

    public NumberRange {
        if (firstSerial > lastSerial) {
            throw new InvalidStockException(RANGE_ORDER, "The last number comes before the first");
        }
        if (firstSerial < STOCK_FLOOR) {
            throw new InvalidStockException(RANGE_OUTSIDE_STOCK, "Stock numbers have a serial of at least " + STOCK_FLOOR);
        }
        if (lastSerial - firstSerial + 1 > MAX_CARDS) {
            throw new InvalidStockException(RANGE_TOO_LARGE, "A batch holds at most " + MAX_CARDS + " cards");
        }
    }

    /** The range from the first to the last number as typed (blanks between groups of digits allowed). */
    public static NumberRange of(String first, String last) {
        String from = digitsOf(first);
        String to = digitsOf(last);
        if (!from.substring(0, BIN_LENGTH).equals(to.substring(0, BIN_LENGTH))) {
            throw new InvalidStockException(BIN_MISMATCH, "The first and the last number are of different BINs");
        }
        return new NumberRange(from.substring(0, BIN_LENGTH), serialOf(from), serialOf(to));
    }

    /** A card number as typed, without its blanks: 16 digits that pass the Luhn check. */
    public static String digitsOf(String typed) {
        String digits = typed == null ? "" : typed.replaceAll("[\\s\u00a0\u202f-]", "");
        if (!NUMBER.matcher(digits).matches()) {
            throw new InvalidStockException(NUMBER_FORMAT, "A card number of the stock is 16 digits");
        }
        if (!CardNumber.isValid(digits)) {
            throw new InvalidStockException(NUMBER_CHECKSUM, "Card number ending " + digits.substring(12)
                    + " fails the Luhn check");
        }
        return digits;
    }

    public int size() {
        return (int) (lastSerial - firstSerial + 1);
    }

    public boolean overlaps(NumberRange other) {
        return bin.equals(other.bin) && firstSerial <= other.lastSerial && other.firstSerial <= lastSerial;
    }

    /** The card number {@code index} places after the first (0 for the first). */
    public CardNumber number(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException("No number " + index + " in a range of " + size());
        }
        return CardNumber.generate(bin, firstSerial + index);
    }

    public CardNumber first() {
        return number(0);
    }

    public CardNumber last() {
        return number(size() - 1);
    }

    @Override
    public String toString() {
        return first().masked() + " – " + last().masked() + " (" + size() + ")";
    }

    private static long serialOf(String digits) {
        return Long.parseLong(digits.substring(BIN_LENGTH, digits.length() - 1));
    }
}
