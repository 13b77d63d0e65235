package org.cardhub.wallets.entity;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * What checking a typed code came to. Only {@link Result#ACCEPTED} lets the work it guards go on; the code is spent
 * then. {@code attemptsLeft} is how many more wrong codes the number takes for this purpose before it is blocked
 * ({@link Result#WRONG}); {@code blockedUntil} is the block's end ({@link Result#BLOCKED}), and {@code blockedNow}
 * says this very attempt was the fifth wrong one.
 */
public record CodeCheck(Result result, int attemptsLeft, Instant blockedUntil, boolean blockedNow) implements Serializable {

    public enum Result {
        ACCEPTED,
        /** Not the code; attempts are left. */
        WRONG,
        /** The code is older than its five minutes: a new one has to be asked for. Nothing was counted. */
        EXPIRED,
        /** Five wrong codes: no code is checked until the block ends, the right one neither. */
        BLOCKED,
        /** The code was spent already. Nothing was counted. */
        USED,
        /** No code was ever sent to the number for this purpose. */
        NOT_SENT
    }

    public CodeCheck {
        Objects.requireNonNull(result, "result");
    }

    static CodeCheck of(Result result) {
        return new CodeCheck(result, 0, null, false);
    }

    static CodeCheck wrong(int attemptsLeft) {
        return new CodeCheck(Result.WRONG, attemptsLeft, null, false);
    }

    static CodeCheck blocked(Instant until, boolean now) {
        return new CodeCheck(Result.BLOCKED, 0, until, now);
    }

    public static CodeCheck notSent() {
        return of(Result.NOT_SENT);
    }

    public boolean isAccepted() {
        return result == Result.ACCEPTED;
    }
}
