package org.cardhub.wallets.entity;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * A Russian passport's data as a holder submits it for identification: name, birth date, series (4 digits), number
 * (6 digits) and the day it was issued. A passport is issued at 14 at the earliest, not in the future.
 */
public record PassportData(String lastName, String firstName, String middleName, LocalDate birthDate, String series,
                           String number, LocalDate issuedOn) {

    private static final int PASSPORT_AGE = 14;

    public PassportData {
        lastName = PersonName.checked(lastName, WalletRefusal.Code.LAST_NAME_INVALID, "last");
        firstName = PersonName.checked(firstName, WalletRefusal.Code.FIRST_NAME_INVALID, "first");
        middleName = middleName == null || middleName.isBlank() ? null
                : PersonName.checked(middleName, WalletRefusal.Code.MIDDLE_NAME_INVALID, "middle");
        series = digits(series, 4, "series");
        number = digits(number, 6, "number");
    }

    /** The data, checked against the day it is submitted. */
    public PassportData checkedOn(LocalDate today) {
        if (birthDate == null || birthDate.isAfter(today) || Period.between(birthDate, today).getYears() < PASSPORT_AGE
                || birthDate.isBefore(today.minusYears(120))) {
            throw new WalletRefusal(WalletRefusal.Code.BIRTH_DATE_INVALID,
                    "A passport holder is " + PASSPORT_AGE + " to 120 years old");
        }
        if (issuedOn == null || issuedOn.isAfter(today) || issuedOn.isBefore(birthDate.plusYears(PASSPORT_AGE))) {
            throw new WalletRefusal(WalletRefusal.Code.PASSPORT_INVALID,
                    "A passport is issued at " + PASSPORT_AGE + " at the earliest and not after today");
        }
        return this;
    }

    public Optional<String> middle() {
        return Optional.ofNullable(middleName);
    }

    /** The passport as the back office reads it: «45 10 123456». */
    public String passport() {
        return series.substring(0, 2) + " " + series.substring(2) + " " + number;
    }

    private static String digits(String value, int length, String what) {
        String tidy = value == null ? "" : value.replaceAll("[\\s\\u00A0]", "");
        if (!tidy.matches("[0-9]{" + length + "}")) {
            throw new WalletRefusal(WalletRefusal.Code.PASSPORT_INVALID, "A passport " + what + " is " + length + " digits");
        }
        return tidy;
    }
}
