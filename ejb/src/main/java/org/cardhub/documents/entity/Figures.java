package org.cardhub.documents.entity;

/**
 * Figures as Russian documents print them, written straight into a builder without {@code DecimalFormat} (a month of
 * a large fleet prints millions of them): roubles {@code 1 234 567,89}, litres {@code 1 234,567}, a minus sign before
 * a negative figure; and as the FNS exchange file writes them: {@code 1234567.89}.
 */
public final class Figures {

    private static final char GROUP = '\u00a0';

    private Figures() {
    }

    /** Kopecks as roubles: {@code 1 500,00}. */
    public static String roubles(long kopecks) {
        return decimal(kopecks, 2, true, ',');
    }

    /** Millilitres as litres: {@code 25,000}. */
    public static String litres(long millilitres) {
        return decimal(millilitres, 3, true, ',');
    }

    /** Kopecks as the exchange file writes money: {@code 1500.00}. */
    public static String plainRoubles(long kopecks) {
        return decimal(kopecks, 2, false, '.');
    }

    /** Millilitres as a plain quantity, without trailing zeros: {@code 25}, {@code 12.5}. */
    public static String plainLitres(long millilitres) {
        String plain = decimal(millilitres, 3, false, '.');
        int end = plain.length();
        while (plain.charAt(end - 1) == '0') {
            end--;
        }
        return plain.charAt(end - 1) == '.' ? plain.substring(0, end - 1) : plain.substring(0, end);
    }

    private static String decimal(long minor, int scale, boolean grouped, char point) {
        StringBuilder out = new StringBuilder(24);
        long rest = Math.abs(minor);
        long unit = scale == 2 ? 100 : 1000;
        long whole = rest / unit;
        long fraction = rest % unit;
        String digits = Long.toString(whole);
        if (minor < 0) {
            out.append('-');
        }
        for (int i = 0; i < digits.length(); i++) {
            if (grouped && i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(GROUP);
            }
            out.append(digits.charAt(i));
        }
        out.append(point);
        String tail = Long.toString(fraction);
        for (int pad = tail.length(); pad < scale; pad++) {
            out.append('0');
        }
        return out.append(tail).toString();
    }
}
