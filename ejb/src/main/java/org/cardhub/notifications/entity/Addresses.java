package org.cardhub.notifications.entity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A parent's addresses: email, phone for SMS (international form, +79001234567), push token of their device. Blank
 * means none. {@link #normalised()} reads a phone as people write it (8 900 123-45-67, +7 (900) 123 45 67).
 */
public record Addresses(String email, String phone, String pushToken) implements Serializable {

    public static final String EMAIL_FIELD = "email";
    public static final String PHONE_FIELD = "phone";

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+\\d{11,15}");
    private static final int MAX_EMAIL = 200;
    private static final int MAX_TOKEN = 200;

    public Addresses normalised() {
        return new Addresses(emailOf(email), phoneOf(phone), blankToNull(pushToken));
    }

    /** What is wrong with the addresses as they are (normalise first), by field; empty when nothing is. */
    public List<SettingsProblem> problems() {
        List<SettingsProblem> problems = new ArrayList<>();
        if (email != null && (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches())) {
            problems.add(new SettingsProblem(EMAIL_FIELD, InvalidNoticeSettingsException.Code.EMAIL_INVALID));
        }
        if (phone != null && !PHONE.matcher(phone).matches()) {
            problems.add(new SettingsProblem(PHONE_FIELD, InvalidNoticeSettingsException.Code.PHONE_INVALID));
        }
        if (pushToken != null && pushToken.length() > MAX_TOKEN) {
            problems.add(new SettingsProblem("pushToken", InvalidNoticeSettingsException.Code.PUSH_TOKEN_INVALID));
        }
        return problems;
    }

    /** What is missing for the channels a parent chose: an email address for email, a phone for SMS. */
    public List<SettingsProblem> missingFor(boolean emailChosen, boolean smsChosen) {
        List<SettingsProblem> problems = new ArrayList<>();
        if (emailChosen && email == null) {
            problems.add(new SettingsProblem(EMAIL_FIELD, InvalidNoticeSettingsException.Code.EMAIL_REQUIRED));
        }
        if (smsChosen && phone == null) {
            problems.add(new SettingsProblem(PHONE_FIELD, InvalidNoticeSettingsException.Code.PHONE_REQUIRED));
        }
        return problems;
    }

    private static String emailOf(String typed) {
        String value = blankToNull(typed);
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    private static String phoneOf(String typed) {
        String value = blankToNull(typed);
        if (value == null) {
            return null;
        }
        String compact = value.replaceAll("[\\s\\u00a0()\\-]", "");
        if (compact.matches("8\\d{10}")) {
            return "+7" + compact.substring(1);
        }
        if (compact.matches("7\\d{10}")) {
            return "+" + compact;
        }
        return compact;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
