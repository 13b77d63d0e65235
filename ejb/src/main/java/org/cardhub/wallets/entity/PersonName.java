package org.cardhub.wallets.entity;

import java.util.regex.Pattern;

/**
 * A person's first and last name as they give it: letters (Cyrillic or Latin), with a hyphen, apostrophe or blank
 * inside, at most 60 characters each; blanks around are dropped and runs of blanks made one.
 */
public record PersonName(String first, String last) {

    private static final Pattern NAME = Pattern.compile("[\\p{IsCyrillic}\\p{IsLatin}]+(?:[ '\\-][\\p{IsCyrillic}\\p{IsLatin}]+)*");
    private static final int MAX = 60;

    public PersonName {
        first = checked(first, WalletRefusal.Code.FIRST_NAME_INVALID, "first");
        last = checked(last, WalletRefusal.Code.LAST_NAME_INVALID, "last");
    }

    /** The first name and the last name's initial: what a stranger sending money sees. */
    public String masked() {
        return first + " " + last.substring(0, 1) + ".";
    }

    @Override
    public String toString() {
        return first + " " + last;
    }

    static String checked(String name, WalletRefusal.Code code, String which) {
        String tidy = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (tidy.isEmpty() || tidy.length() > MAX || !NAME.matcher(tidy).matches()) {
            throw new WalletRefusal(code, "A " + which + " name is letters (a hyphen, apostrophe or blank inside), at most "
                    + MAX + " characters");
        }
        return tidy;
    }
}
