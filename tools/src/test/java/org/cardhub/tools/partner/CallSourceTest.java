package org.cardhub.tools.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallSourceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T09:30:15Z"), ZoneId.of("Europe/Moscow"));
    private static final List<String> ACCOUNTS = List.of("10000001", "10000002", "10000003");
    private static final Target.Answer CREDITED = new Target.Answer(201, "APPROVED/OK", true, "201 {\"entryId\":7}");
    private static final Target.Answer REFUSED = new Target.Answer(403, "-", false, "403");

    @Test
    void freshCallsHaveUniqueKeysOfTwentyDigitsUsableAsAgentTxnIds() {
        CallSource calls = new CallSource(ACCOUNTS, "1.00", 0, 7, CLOCK);
        Set<String> keys = new HashSet<>();

        for (int i = 0; i < 10_000; i++) {
            Call call = calls.next(new Random(i));
            assertThat(call.key()).matches("\\d{20}");
            assertThat(call.replay()).isFalse();
            keys.add(call.key());
        }

        assertThat(keys).hasSize(10_000);
    }

    @Test
    void keysStartWithTheSecondOfTheRunAndItsSaltSoThatRunsDoNotShareKeys() {
        Call first = new CallSource(ACCOUNTS, "1.00", 0, 7, CLOCK).next(new Random());
        Call otherRun = new CallSource(ACCOUNTS, "1.00", 0, 3, CLOCK).next(new Random());

        assertThat(first.key()).isEqualTo(CLOCK.instant().getEpochSecond() + "7" + "000000000");
        assertThat(otherRun.key()).isNotEqualTo(first.key());
    }

    @Test
    void freshCallsGoRoundTheAccountsWithTheAmountAndTheAgentsDateInTheClocksZone() {
        CallSource calls = new CallSource(ACCOUNTS, "10.45", 0, 0, CLOCK);
        List<Call> made = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            made.add(calls.next(new Random()));
        }

        assertThat(made).extracting(Call::account)
                .containsExactly("10000001", "10000002", "10000003", "10000001", "10000002", "10000003");
        assertThat(made).extracting(Call::amount).containsOnly("10.45");
        assertThat(made).extracting(Call::date).containsOnly("20261121123015");
    }

    @Test
    void withoutDuplicatesNothingIsReplayedEvenWhenCredited() {
        CallSource calls = new CallSource(ACCOUNTS, "1.00", 0, 0, CLOCK);
        calls.credited(calls.next(new Random()), CREDITED);

        for (int i = 0; i < 1_000; i++) {
            assertThat(calls.next(new Random(i)).replay()).isFalse();
        }
    }

    @Test
    void nothingIsReplayedBeforeSomethingWasCredited() {
        CallSource calls = new CallSource(ACCOUNTS, "1.00", 100, 0, CLOCK);
        Call refused = calls.next(new Random());
        calls.credited(refused, REFUSED);

        assertThat(calls.next(new Random()).replay()).isFalse();
    }

    @Test
    void aReplayRepeatsACreditedCallExactlyAndCarriesItsAnswer() {
        CallSource calls = new CallSource(ACCOUNTS, "1.00", 100, 0, CLOCK);
        Call original = calls.next(new Random());
        calls.credited(original, CREDITED);

        Call replay = calls.next(new Random());

        assertThat(replay.replay()).isTrue();
        assertThat(replay.key()).isEqualTo(original.key());
        assertThat(replay.date()).isEqualTo(original.date());
        assertThat(replay.account()).isEqualTo(original.account());
        assertThat(replay.amount()).isEqualTo(original.amount());
        assertThat(replay.original()).isEqualTo(CREDITED);
    }

    @Test
    void aReplayIsNotRememberedAsAnotherCandidate() {
        CallSource calls = new CallSource(ACCOUNTS, "1.00", 100, 0, CLOCK);
        Call original = calls.next(new Random());
        calls.credited(original, CREDITED);
        Call replay = calls.next(new Random());
        calls.credited(replay, CREDITED);

        for (int i = 0; i < 100; i++) {
            assertThat(calls.next(new Random(i)).key()).isEqualTo(original.key());
        }
    }

    @Test
    void theShareOfReplaysFollowsTheDuplicatesPercentage() {
        CallSource calls = new CallSource(ACCOUNTS, "1.00", 10, 0, CLOCK);
        Random random = new Random(42);
        int replays = 0;
        for (int i = 0; i < 20_000; i++) {
            Call call = calls.next(random);
            if (call.replay()) {
                replays++;
            } else {
                calls.credited(call, CREDITED);
            }
        }

        assertThat(replays).isBetween(1_800, 2_200);
    }

    @Test
    void onlyTheMostRecentCreditedCallsAreReplayed() {
        CallSource calls = new CallSource(ACCOUNTS, "1.00", 100, 0, CLOCK);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < CallSource.REMEMBERED + 10; i++) {
            Call call = Call.fresh(String.format("%020d", i), "20261121123015", "10000001", "1.00");
            keys.add(call.key());
            calls.credited(call, CREDITED);
        }
        Set<String> replayed = new HashSet<>();
        Random random = new Random(1);
        for (int i = 0; i < 50_000; i++) {
            replayed.add(calls.next(random).key());
        }

        assertThat(replayed).doesNotContainAnyElementsOf(keys.subList(0, 10));
    }

    @Test
    void aSourceNeedsAnAccount() {
        assertThatThrownBy(() -> new CallSource(List.of(), "1.00", 0, 0, CLOCK))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
