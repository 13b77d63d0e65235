package org.cardhub.wallets.entity;

import org.cardhub.secrets.KeyedHashes;
import org.cardhub.wallets.entity.CodeCheck.Result;
import org.cardhub.wallets.entity.CodeSending.Status;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhoneCodeTest {

    private static final Instant T0 = Instant.parse("2027-01-10T09:00:00Z");
    private static final PhoneNumber PHONE = PhoneNumber.parse("8 900 123-45-67");
    private static final OneTimeCode RIGHT = OneTimeCode.typed("4821");
    private static final OneTimeCode WRONG = OneTimeCode.typed("1111");
    private static final KeyedHashes HASHES = KeyedHashes.fromBase64(Base64.getEncoder().encodeToString(new byte[32]));
    private static final CodeHasher HASHER = (phone, purpose, code) -> HASHES.phoneCodeHash(phone.value(), purpose.name(),
            code.digits());

    private static PhoneCode issued(Optional<PhoneCode> latest, OneTimeCode code, Instant at) {
        return PhoneCode.issue(PHONE, CodePurpose.OPEN_WALLET, code, HASHER, latest, at);
    }

    private static PhoneCode first() {
        return issued(Optional.empty(), RIGHT, T0);
    }

    private static Instant after(Duration duration) {
        return T0.plus(duration);
    }

    @Test
    void theRightCodeWithinItsFiveMinutesIsAcceptedAndSpent() {
        PhoneCode code = first();

        CodeCheck check = code.verify(RIGHT, HASHER, after(Duration.ofMinutes(5).minusSeconds(1)));

        assertThat(check.result()).isEqualTo(Result.ACCEPTED);
        assertThat(code.status()).isEqualTo(PhoneCode.Status.USED);
        assertThat(code.sending()).isEqualTo(new CodeSending(Status.SENT, after(Duration.ofMinutes(5)),
                after(Duration.ofMinutes(1)), null, 60));
    }

    @Test
    void theRightCodeIsExpiredAtFiveMinutesAndAnExpiredCodeCountsNothing() {
        PhoneCode code = first();

        assertThat(code.verify(RIGHT, HASHER, after(PhoneCode.VALID_FOR)).result()).isEqualTo(Result.EXPIRED);
        assertThat(code.verify(WRONG, HASHER, after(Duration.ofMinutes(6))).result()).isEqualTo(Result.EXPIRED);
        assertThat(code.attemptsLeft(after(Duration.ofMinutes(6)))).isEqualTo(5);
    }

    @Test
    void aSpentCodeIsNotAcceptedTwice() {
        PhoneCode code = first();
        code.verify(RIGHT, HASHER, after(Duration.ofSeconds(30)));

        assertThat(code.verify(RIGHT, HASHER, after(Duration.ofSeconds(40))).result()).isEqualTo(Result.USED);
        assertThat(code.verify(WRONG, HASHER, after(Duration.ofSeconds(50))).result()).isEqualTo(Result.USED);
    }

    @Test
    void eachWrongCodeSaysHowManyAttemptsAreLeft() {
        PhoneCode code = first();

        assertThat(code.verify(WRONG, HASHER, after(Duration.ofSeconds(10)))).isEqualTo(new CodeCheck(Result.WRONG, 4, null, false));
        assertThat(code.verify(WRONG, HASHER, after(Duration.ofSeconds(20))).attemptsLeft()).isEqualTo(3);
        assertThat(code.verify(WRONG, HASHER, after(Duration.ofSeconds(30))).attemptsLeft()).isEqualTo(2);
        assertThat(code.verify(WRONG, HASHER, after(Duration.ofSeconds(40))).attemptsLeft()).isEqualTo(1);
    }

    @Test
    void theRightCodeAfterFourWrongIsAcceptedAndTheCountStartsAfresh() {
        PhoneCode code = first();
        wrongTimes(code, 4, T0);

        assertThat(code.verify(RIGHT, HASHER, after(Duration.ofMinutes(1))).result()).isEqualTo(Result.ACCEPTED);
        assertThat(code.wrongCount()).isZero();
        PhoneCode next = issued(Optional.of(code), RIGHT, after(Duration.ofMinutes(2)));
        assertThat(next.attemptsLeft(after(Duration.ofMinutes(2)))).isEqualTo(5);
    }

    @Test
    void theFifthWrongCodeBlocksTheNumberForAnHourAndNoCodeIsCheckedMeanwhileTheRightOneNeither() {
        PhoneCode code = first();
        wrongTimes(code, 4, T0);

        CodeCheck fifth = code.verify(WRONG, HASHER, after(Duration.ofMinutes(2)));

        Instant until = after(Duration.ofMinutes(62));
        assertThat(fifth).isEqualTo(new CodeCheck(Result.BLOCKED, 0, until, true));
        assertThat(code.verify(RIGHT, HASHER, after(Duration.ofMinutes(3)))).isEqualTo(new CodeCheck(Result.BLOCKED, 0, until, false));
        assertThat(PhoneCode.holdsBack(Optional.of(code), after(Duration.ofMinutes(30))))
                .contains(new CodeSending(Status.BLOCKED, null, null, until, 32 * 60));
    }

    @Test
    void wrongCodesCountAcrossTheNewCodesAskedForSoANewCodeDoesNotBuyMoreGuesses() {
        PhoneCode first = first();
        wrongTimes(first, 3, T0);
        PhoneCode second = issued(Optional.of(first), OneTimeCode.typed("5555"), after(Duration.ofMinutes(2)));

        assertThat(second.attemptsLeft(after(Duration.ofMinutes(2)))).isEqualTo(2);
        assertThat(second.verify(WRONG, HASHER, after(Duration.ofMinutes(3))).attemptsLeft()).isEqualTo(1);
        assertThat(second.verify(WRONG, HASHER, after(Duration.ofMinutes(4))).result()).isEqualTo(Result.BLOCKED);
    }

    @Test
    void theBlockEndsAfterAnHourAndTheNextCodeStartsAFreshCount() {
        PhoneCode code = first();
        wrongTimes(code, 5, T0);
        Instant blockEnds = code.blockedAt(T0).orElseThrow();

        assertThat(PhoneCode.holdsBack(Optional.of(code), blockEnds.minusSeconds(1))).map(CodeSending::status).contains(Status.BLOCKED);
        assertThat(PhoneCode.holdsBack(Optional.of(code), blockEnds)).isEmpty();
        PhoneCode next = issued(Optional.of(code), OneTimeCode.typed("7777"), blockEnds);
        assertThat(next.attemptsLeft(blockEnds)).isEqualTo(5);
        assertThat(next.verify(WRONG, HASHER, blockEnds.plusSeconds(5)).attemptsLeft()).isEqualTo(4);
        assertThat(next.verify(OneTimeCode.typed("7777"), HASHER, blockEnds.plusSeconds(10)).result()).isEqualTo(Result.ACCEPTED);
        assertThat(code.status()).as("the blocked code stays as it was").isEqualTo(PhoneCode.Status.BLOCKED);
    }

    @Test
    void aNewCodeMayBeAskedAtMostOnceAMinute() {
        PhoneCode code = first();

        assertThat(PhoneCode.holdsBack(Optional.of(code), after(Duration.ofMillis(30_500))))
                .contains(new CodeSending(Status.RESEND_TOO_SOON, null, after(Duration.ofMinutes(1)), null, 30));
        assertThat(PhoneCode.holdsBack(Optional.of(code), after(Duration.ofMinutes(1)))).isEmpty();
        assertThatThrownBy(() -> issued(Optional.of(code), WRONG, after(Duration.ofSeconds(59))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aNewCodeReplacesThePreviousOneWhichIsThenJustAWrongCode() {
        PhoneCode first = first();
        PhoneCode second = issued(Optional.of(first), OneTimeCode.typed("9090"), after(Duration.ofMinutes(1)));

        assertThat(first.status()).isEqualTo(PhoneCode.Status.REPLACED);
        assertThat(second.verify(RIGHT, HASHER, after(Duration.ofMinutes(2))).result()).isEqualTo(Result.WRONG);
        assertThat(second.verify(OneTimeCode.typed("9090"), HASHER, after(Duration.ofMinutes(3))).result()).isEqualTo(Result.ACCEPTED);
    }

    @Test
    void aSpentCodeDoesNotHoldBackTheNextOneSoTwoOperationsInARowCanBeConfirmed() {
        PhoneCode code = first();
        code.verify(RIGHT, HASHER, after(Duration.ofSeconds(10)));

        assertThat(PhoneCode.holdsBack(Optional.of(code), after(Duration.ofSeconds(11)))).isEmpty();
    }

    @Test
    void wrongCodesOlderThanAnHourNoLongerCount() {
        PhoneCode first = first();
        wrongTimes(first, 4, T0);
        PhoneCode later = issued(Optional.of(first), RIGHT, after(Duration.ofMinutes(61)));

        assertThat(later.attemptsLeft(after(Duration.ofMinutes(61)))).isEqualTo(5);
        assertThat(later.verify(WRONG, HASHER, after(Duration.ofMinutes(62))).attemptsLeft()).isEqualTo(4);
    }

    @Test
    void aCodeOfOnePurposeIsNotTheHashOfTheSameDigitsForAnotherPurposeOrNumber() {
        String forWallet = HASHER.hash(PHONE, CodePurpose.OPEN_WALLET, RIGHT);

        assertThat(forWallet).hasSize(64).isNotEqualTo(HASHER.hash(PHONE, CodePurpose.RESET_PASSWORD, RIGHT))
                .isNotEqualTo(HASHER.hash(PhoneNumber.parse("+79001234568"), CodePurpose.OPEN_WALLET, RIGHT));
    }

    private static void wrongTimes(PhoneCode code, int times, Instant from) {
        for (int i = 0; i < times; i++) {
            code.verify(WRONG, HASHER, from.plusSeconds(10L * (i + 1)));
        }
    }
}
