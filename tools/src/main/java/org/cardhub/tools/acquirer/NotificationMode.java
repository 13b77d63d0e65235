package org.cardhub.tools.acquirer;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How the emulator tells the shop a payment is final: a testing aid, real YooKassa notifies once (and retries). */
enum NotificationMode {
    /** Once, before the payer is sent back to the shop. */
    ONCE("once", "сразу"),
    /** The same notification twice, before the payer is sent back. */
    TWICE("twice", "дважды"),
    /** Once, some seconds after the payer is back ({@code --late-seconds}). */
    LATE("late", "с опозданием"),
    /** Not at all: the shop learns the outcome only by asking. */
    NONE("none", "не отправлять");

    private final String code;
    private final String label;

    NotificationMode(String code, String label) {
        this.code = code;
        this.label = label;
    }

    String code() {
        return code;
    }

    /** The checkout form's Russian label. */
    String label() {
        return label;
    }

    static Optional<NotificationMode> named(String code) {
        String wanted = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(mode -> mode.code.equals(wanted)).findFirst();
    }

    static String codes() {
        return String.join("|", Arrays.stream(values()).map(NotificationMode::code).toList());
    }
}
