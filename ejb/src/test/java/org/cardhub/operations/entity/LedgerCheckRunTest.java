package org.cardhub.operations.entity;

import org.cardhub.operations.entity.LedgerProblem.Kind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run's record: its problems kept as whole lines within the column and read back, and operations told only when a run
 * finds problems after one that found none (or after none at all), never again while they last.
 */
class LedgerCheckRunTest {

    private static final Instant AT = Instant.parse("2030-03-02T10:00:00Z");

    @Test
    void problemsAreKeptAsWholeLinesWithinTheColumnAndReadBack() {
        List<LedgerProblem> many = IntStream.range(0, 400)
                .mapToObj(i -> new LedgerProblem(Kind.BALANCE, 1_000_000L + i, "RUB", 12_345_678L, 12_345_600L)).toList();

        LedgerCheckRun run = new LedgerCheckRun("server@host", AT, AT.plusSeconds(2), new LedgerFindings(10, 400, 400, many));

        assertThat(LedgerCheckRun.lines(many).length()).isLessThanOrEqualTo(LedgerCheckRun.MAX_PROBLEM_TEXT);
        assertThat(run.problems()).isNotEmpty().allMatch(problem -> problem.kind() == Kind.BALANCE);
        assertThat(run.problems().get(0)).isEqualTo(many.get(0));
        assertThat(LedgerProblem.parse("BALANCE 1 RUB 5")).isEmpty();
        assertThat(LedgerProblem.parse("HELD 7 LITRE 1500 0")).contains(new LedgerProblem(Kind.HELD, 7, "LITRE", 1500, 0));
        assertThat(new LedgerProblem(Kind.HELD, 7, "LITRE", 1500, 0).describe())
                .isEqualTo("Счёт 7 (LITRE): заблокировано в счёте 1.500, по открытым авторизациям 0.000");
    }

    @Test
    void operationsAreToldWhenTheBooksTurnFromSoundToBrokenOnly() {
        LedgerCheckRun sound = run(0);
        LedgerCheckRun broken = run(1);

        assertThat(broken.breaks(Optional.empty())).isTrue();
        assertThat(broken.breaks(Optional.of(sound))).isTrue();
        assertThat(broken.breaks(Optional.of(run(3)))).isFalse();
        assertThat(sound.breaks(Optional.of(broken))).isFalse();
        assertThat(sound.problems()).isEmpty();
    }

    private static LedgerCheckRun run(long problems) {
        List<LedgerProblem> found = problems == 0 ? List.of() : List.of(LedgerProblem.unbalancedEntry(9, "RUB", 1));
        return new LedgerCheckRun("server@host", AT, AT, new LedgerFindings(5, 5, problems, found));
    }
}
