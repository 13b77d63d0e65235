package org.cardhub.organizations.entity;

import static org.cardhub.organizations.entity.InvalidRequisiteException.Code.ACCOUNT_FORMAT;
import static org.cardhub.organizations.entity.InvalidRequisiteException.Code.ACCOUNT_KEY;
import static org.cardhub.organizations.entity.InvalidRequisiteException.Code.BIK_FORMAT;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A 20-digit bank account number together with the BIK of the bank that keeps it; the account's
 * control key (its 9th digit) is verified by the Bank of Russia algorithm: prefix the account with a
 * 3-digit number, weigh the 23 digits by 7, 1, 3, 7, 1, 3…, add the last digits of the products, and the
 * total must end in 0.
 * <p>
 * The prefix depends on where the account is kept. An account in a credit institution (a company's
 * settlement account, balance accounts 405–408 and the like) uses the last three digits of the BIK.
 * A correspondent account of a credit institution (balance account 30101) is kept in a Bank of Russia
 * division, so it uses "0" followed by digits 5–6 of the BIK; e.g. Sberbank's 30101810400000000225 at
 * BIK 044525225 is keyed with "025", not "225".
 */
public record SettlementAccount(String number, Bik bik) {

    private static final Pattern FORMAT = Pattern.compile("[0-9]{20}");
    private static final String CORRESPONDENT_ACCOUNT_PREFIX = "30101";
    private static final int[] WEIGHTS = {7, 1, 3};

    public SettlementAccount {
        if (number == null || !FORMAT.matcher(number).matches()) {
            throw new InvalidRequisiteException(ACCOUNT_FORMAT, "A bank account number is 20 digits: "
                    + (number == null ? "null" : "'" + number + "'"));
        }
        if (bik == null) {
            throw new InvalidRequisiteException(BIK_FORMAT, "A BIK is needed to check account " + number);
        }
        if (!keyMatches(number, bik)) {
            throw new InvalidRequisiteException(ACCOUNT_KEY,
                    "Account " + number + " does not match the control key for BIK " + bik);
        }
    }

    public static SettlementAccount of(String number, Bik bik) {
        return new SettlementAccount(number, bik);
    }

    public static boolean isValid(String number, Bik bik) {
        return number != null && bik != null && FORMAT.matcher(number).matches() && keyMatches(number, bik);
    }

    public boolean isCorrespondentAccount() {
        return number.startsWith(CORRESPONDENT_ACCOUNT_PREFIX);
    }

    @Override
    public String toString() {
        return number;
    }

    private static boolean keyMatches(String number, Bik bik) {
        Objects.requireNonNull(bik, "bik");
        String prefix = number.startsWith(CORRESPONDENT_ACCOUNT_PREFIX) ? bik.divisionNumber() : bik.institutionNumber();
        String keyed = prefix + number;
        int sum = 0;
        for (int i = 0; i < keyed.length(); i++) {
            sum += (keyed.charAt(i) - '0') * WEIGHTS[i % 3] % 10;
        }
        return sum % 10 == 0;
    }
}
