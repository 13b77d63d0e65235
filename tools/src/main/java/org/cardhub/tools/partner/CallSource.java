package org.cardhub.tools.partner;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The calls of a run, for all workers at once: fresh top-ups under unique 20-digit keys that go round the accounts,
 * and, for the given percentage, replays of calls that were already credited (same key, account and amount).
 */
final class CallSource {

    /** How many credited calls are kept as candidates for replay. */
    static final int REMEMBERED = 4096;

    private static final DateTimeFormatter TXN_DATE = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");
    private static final long MAX_SEQUENCE = 999_999_999L;

    private final List<String> accounts;
    private final String amount;
    private final double duplicatesPercent;
    private final String keyPrefix;
    private final Clock clock;
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong creditedCount = new AtomicLong();
    private final AtomicReferenceArray<Call> credited = new AtomicReferenceArray<>(REMEMBERED);

    /**
     * @param runSalt a digit 0-9 that, with the clock's second, keeps keys of runs started in the same second apart
     */
    CallSource(List<String> accounts, String amount, double duplicatesPercent, int runSalt, Clock clock) {
        if (accounts.isEmpty()) {
            throw new IllegalArgumentException("at least one account is needed");
        }
        this.accounts = List.copyOf(accounts);
        this.amount = amount;
        this.duplicatesPercent = duplicatesPercent;
        this.keyPrefix = String.format(Locale.ROOT, "%010d%d", clock.instant().getEpochSecond() % 10_000_000_000L, Math.floorMod(runSalt, 10));
        this.clock = clock;
    }

    /** The next call: a replay with the duplicates' probability once something was credited, else a fresh one. */
    Call next(Random random) {
        if (duplicatesPercent > 0 && random.nextDouble() * 100 < duplicatesPercent) {
            long remembered = Math.min(creditedCount.get(), REMEMBERED);
            if (remembered > 0) {
                Call original = credited.get(random.nextInt((int) remembered));
                if (original != null) {
                    return original;
                }
            }
        }
        long number = sequence.getAndIncrement();
        if (number > MAX_SEQUENCE) {
            throw new IllegalStateException("more than " + MAX_SEQUENCE + " calls in one run");
        }
        return Call.fresh(keyPrefix + String.format(Locale.ROOT, "%09d", number), LocalDateTime.now(clock).format(TXN_DATE),
                accounts.get((int) (number % accounts.size())), amount);
    }

    /** Keeps a credited fresh call, with its answer, as a candidate for replay. */
    void credited(Call call, Target.Answer answer) {
        if (call.replay() || !answer.credited()) {
            return;
        }
        credited.set((int) (creditedCount.getAndIncrement() % REMEMBERED), call.replayOf(answer));
    }
}
