package org.cardhub.tools.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PartnerVerdictTest {

    private static final String SCOPE = "partner:agent-demo";
    private static final long PURSE = 7;
    private static final long BANK = 2;

    private final Map<String, Books.Stored> records = new HashMap<>();
    private final Map<Long, Books.Entry> entries = new HashMap<>();
    private final Map<Long, Books.Purse> purses = new HashMap<>(Map.of(PURSE, new Books.Purse(PURSE, "S-00000001",
            null, List.of(new Books.Card("10000001", "220070******0001")))));
    private final List<Long> unkeyed = new ArrayList<>();

    private static LoggedRequest credited(String key, Long id) {
        return new LoggedRequest("rest", "agent-demo", "measured", key, "10000001", "1.00", false, 1, 201, "APPROVED",
                true, null, id);
    }

    private static LoggedRequest answered(String key, int status, String result, int attempts) {
        return new LoggedRequest("rest", "agent-demo", "measured", key, "10000001", "1.00", false, attempts, status,
                result, false, null, null);
    }

    private static LoggedRequest noAnswer(String key) {
        return new LoggedRequest("rest", "agent-demo", "measured", key, "10000001", "1.00", false, 4, null, null,
                false, "ConnectException", null);
    }

    private void approved(String key, long entryId, long minor) {
        records.put(Books.keyOf(SCOPE, key), new Books.Stored(SCOPE, key, Books.APPROVED, entryId));
        entries.put(entryId, new Books.Entry(entryId, "TOP_UP", "agent-demo", List.of(
                new Books.Leg(BANK, "RUB", -minor, true), new Books.Leg(PURSE, "RUB", minor, false))));
    }

    private void declined(String key) {
        records.put(Books.keyOf(SCOPE, key), new Books.Stored(SCOPE, key, "DECLINED", null));
    }

    private PartnerVerdict.Verdict verdict(LoggedRequest... logged) {
        Long from = entries.keySet().stream().min(Long::compare).orElse(null);
        return PartnerVerdict.of(List.of(logged), new Books(records, entries, purses, from, unkeyed));
    }

    @Test
    void everyKeyDecidedOnceAsAnsweredPassesAndTheOpenOnesAreCountedAsPresentOrAbsent() {
        approved("1", 100, 100);
        declined("2");
        approved("4", 101, 100);
        LoggedRequest replay = new LoggedRequest("rest", "agent-demo", "measured", "1", "10000001", "1.00", true, 1,
                201, "APPROVED", true, null, 100L);

        PartnerVerdict.Verdict verdict = verdict(credited("1", 100L), answered("2", 422, "WALLET_CAP", 1),
                noAnswer("3"), noAnswer("4"), answered("5", 502, Target.NO_RESULT, 4), replay);

        assertThat(verdict.problems()).isEmpty();
        assertThat(verdict.passed()).isTrue();
        assertThat(verdict.counts()).isEqualTo(new PartnerVerdict.Counts(6, 1, 3, 5, 1, 1, 1,
                new PartnerVerdict.Open(2, 1, 0, 1), new PartnerVerdict.Open(1, 0, 0, 1)));
    }

    @Test
    void aRequestCreditedAfterAnIoErrorOnAnEarlierAttemptIsCreditedOnce() {
        approved("1", 100, 100);

        PartnerVerdict.Verdict verdict = verdict(new LoggedRequest("rest", "agent-demo", "measured", "1", "10000001",
                "1.00", false, 3, 201, "APPROVED", true, null, 100L));

        assertThat(verdict.problems()).isEmpty();
        assertThat(verdict.counts().creditedFound()).isEqualTo(1);
        assertThat(verdict.counts().resent()).isEqualTo(1);
    }

    @Test
    void aCreditedAnswerWithoutItsRecordOrWithADeclinedOneFails() {
        declined("2");

        PartnerVerdict.Verdict verdict = verdict(credited("1", 100L), credited("2", null));

        assertThat(verdict.problems()).containsExactly(
                "key 1 (partner:agent-demo, 10000001, 1.00) was answered as credited but has no idempotency record",
                "key 2 (partner:agent-demo, 10000001, 1.00) was answered as credited but its record is DECLINED");
        assertThat(verdict.counts().credited()).isEqualTo(2);
        assertThat(verdict.counts().creditedFound()).isZero();
    }

    @Test
    void anAnswerNamingAnotherEntryThanTheRecordFails() {
        approved("1", 100, 100);

        assertThat(verdict(credited("1", 99L)).problems()).containsExactly(
                "key 1 (partner:agent-demo, 10000001, 1.00) was answered with entry 99 but its record names entry 100");
    }

    @Test
    void anEntryOfAnotherAmountOrToAnotherPurseFails() {
        approved("1", 100, 250);
        approved("2", 101, 100);
        purses.put(PURSE, new Books.Purse(PURSE, "S-00000001", null, List.of(new Books.Card("10000002", null))));

        assertThat(verdict(credited("1", 100L), credited("2", 101L)).problems()).containsExactly(
                "key 1 (partner:agent-demo, 10000001, 1.00): entry 100 credits [250 RUB to account #7] instead of 100"
                        + " RUB minor units to one purse",
                "key 2 (partner:agent-demo, 10000001, 1.00): entry 101 credits account #7 of contract S-00000001,"
                        + " which 10000001 does not name");
    }

    @Test
    void aKeyWhoseEntryCreditsTwiceOrIsMissingFailsEvenIfItsAnswerWasLost() {
        approved("3", 102, 100);
        entries.put(102L, new Books.Entry(102, "TOP_UP", "agent-demo", List.of(new Books.Leg(BANK, "RUB", -200, true),
                new Books.Leg(PURSE, "RUB", 100, false), new Books.Leg(PURSE, "RUB", 100, false))));
        records.put(Books.keyOf(SCOPE, "4"), new Books.Stored(SCOPE, "4", Books.APPROVED, 103L));

        PartnerVerdict.Verdict verdict = verdict(noAnswer("3"), noAnswer("4"));

        assertThat(verdict.problems()).containsExactly(
                "key 3 (partner:agent-demo, 10000001, 1.00): entry 102 credits [100 RUB to account #7, 100 RUB to"
                        + " account #7] instead of 100 RUB minor units to one purse",
                "key 4 (partner:agent-demo, 10000001, 1.00) is approved but its entry 103 is not in the journal");
        assertThat(verdict.counts().ioError()).isEqualTo(new PartnerVerdict.Open(2, 2, 0, 0));
    }

    @Test
    void aRefusedRequestThatIsCreditedFails() {
        approved("2", 100, 100);

        assertThat(verdict(answered("2", 422, "AMOUNT_TOO_LARGE", 1)).problems()).containsExactly(
                "key 2 (partner:agent-demo, 10000001, 1.00) was refused (422 AMOUNT_TOO_LARGE) but entry 100 credits it");
    }

    @Test
    void aTopUpNoKeyNamesAndAnEntryTwoKeysNameFail() {
        approved("1", 100, 100);
        approved("2", 100, 100);
        unkeyed.add(104L);

        assertThat(verdict(credited("1", 100L), credited("2", 100L)).problems()).containsExactly(
                "entry 100 is named by two keys: partner:agent-demo 1 and key 2 (partner:agent-demo, 10000001, 1.00)",
                "top-up entry 104 was booked by the partner but no idempotency record names it (a key posted twice?)");
    }

    @Test
    void aKeyAnsweredBothCreditedAndRefusedFails() {
        approved("1", 100, 100);
        LoggedRequest refusedReplay = new LoggedRequest("rest", "agent-demo", "measured", "1", "10000001", "1.00", true,
                1, 422, "IDEMPOTENCY_KEY_REUSED", false, null, null);

        assertThat(verdict(credited("1", 100L), refusedReplay).problems()).containsExactly(
                "key 1 (partner:agent-demo, 10000001, 1.00) was answered both as credited and as refused");
    }

    @Test
    void agentPaysAreJudgedByTheirResultInTheirOwnScope() {
        String agentScope = "agent:agent-demo";
        records.put(Books.keyOf(agentScope, "9"), new Books.Stored(agentScope, "9", Books.APPROVED, 100L));
        entries.put(100L, new Books.Entry(100, "TOP_UP", "agent-demo", List.of(new Books.Leg(BANK, "RUB", -100, true),
                new Books.Leg(PURSE, "RUB", 100, false))));
        LoggedRequest paid = new LoggedRequest("agent", "agent-demo", "measured", "9", "10000001", "1.00", false, 1,
                200, "0", true, null, 100L);
        LoggedRequest temporary = new LoggedRequest("agent", "agent-demo", "measured", "10", "10000001", "1.00", false,
                3, 200, "1", false, null, null);
        LoggedRequest notFound = new LoggedRequest("agent", "agent-demo", "measured", "11", "10000001", "1.00", false,
                1, 200, "5", false, null, null);

        PartnerVerdict.Verdict verdict = verdict(paid, temporary, notFound);

        assertThat(verdict.problems()).isEmpty();
        assertThat(verdict.counts().creditedFound()).isEqualTo(1);
        assertThat(verdict.counts().refused()).isEqualTo(1);
        assertThat(verdict.counts().otherAnswer()).isEqualTo(new PartnerVerdict.Open(1, 0, 0, 1));
    }

    @Test
    void anEmptyLogFails() {
        assertThat(verdict().problems()).containsExactly("the requests log holds no request");
    }
}
