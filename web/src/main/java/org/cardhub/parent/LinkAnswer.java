package org.cardhub.parent;

import org.cardhub.school.entity.LinkResult;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * What the linking page says about an attempt: the message key and its argument. An unknown number and a wrong code
 * get the same words; a lock says until when, in Moscow time (the same zone for every number, so the answer tells
 * nothing of which school, if any, has the number).
 *
 * @param argument the message's {@code {0}}: the child's name, the attempts left or the lock's end, else empty
 */
record LinkAnswer(String key, String argument, boolean linked) {

    static final ZoneId LOCK_ZONE = ZoneId.of("Europe/Moscow");
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("HH:mm").withZone(LOCK_ZONE);

    static LinkAnswer of(LinkResult result) {
        return switch (result.outcome()) {
            case LINKED -> new LinkAnswer("link.linked", result.childName(), true);
            case ALREADY_LINKED -> new LinkAnswer("link.alreadyLinked", result.childName(), true);
            case WRONG -> new LinkAnswer("link.wrong", Integer.toString(result.attemptsLeft()), false);
            case LOCKED -> new LinkAnswer(result.justLocked() ? "link.wrongNowLocked" : "link.locked",
                    UNTIL.format(result.lockedUntil()), false);
            case CARD_CLOSED -> new LinkAnswer("link.closed", "", false);
        };
    }

    /** The number as people copy it from a letter: blanks and dashes between the digits are theirs, not the number's. */
    static String typedNumber(String text) {
        return text == null ? "" : text.replaceAll("[\\s\u00a0\u202f-]", "");
    }
}
