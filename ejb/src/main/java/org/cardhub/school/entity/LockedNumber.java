package org.cardhub.school.entity;

import java.time.Instant;

/**
 * A school contract number locked for linking, as the back office sees it; the pupil's name shortened to surname and
 * initials (empty when no card has the number: someone guessed numbers).
 */
public record LockedNumber(String contractNumber, String pupil, int failedCount, Instant lastFailureAt,
                           Instant lockedUntil) {

    /** «Смирнова Ольга» as «Смирнова О.»: enough for staff to recognise the call, no more. */
    public static String shortName(String holderName) {
        if (holderName == null || holderName.isBlank()) {
            return "";
        }
        String[] words = holderName.strip().split("\\s+");
        StringBuilder shortened = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            shortened.append(' ').appendCodePoint(words[i].codePointAt(0)).append('.');
        }
        return shortened.toString();
    }
}
