package org.cardhub.cards.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cardhub.refusal.RefusalAssertions.assertRefused;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.cardhub.cards.entity.InvalidCardOperationException.Code;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CardTest {

    private static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");
    private static final LocalDate EXPIRES = LocalDate.of(2027, 12, 31);
    private static final String PAN = "4111111111111111";
    private static final String NEW_PAN = "5555555555554444";
    private static final Card.Holder PUPIL = new Card.Holder(HolderKind.PUPIL, "  Petrov Ivan ", "petrov.i");

    private static Card card(CardForm form, Card.Holder holder) {
        return new Card(100, CardNumber.of(PAN), "hash-1", "sealed-1", form, holder, EXPIRES, NOW);
    }

    private static Card plastic() {
        return card(CardForm.PLASTIC, PUPIL);
    }

    private static Card activeCard() {
        Card card = plastic();
        card.issue();
        card.activate();
        return card;
    }

    private static Card withId(Card card, long id) {
        try {
            Field field = Card.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(card, id);
            return card;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aNewCardIsOrderedThenIssuedThenActive() {
        Card card = plastic();
        assertThat(card.status()).isEqualTo(CardStatus.ORDERED);

        assertThat(card.issue()).isEqualTo(CardStatus.ORDERED);
        assertThat(card.activate()).isEqualTo(CardStatus.ISSUED);
        assertThat(card.status()).isEqualTo(CardStatus.ACTIVE);
    }

    /** The shortest way to each status through the card's own operations. */
    private static Card cardIn(CardStatus status) {
        Card card = plastic();
        switch (status) {
            case ORDERED -> { }
            case ISSUED -> card.issue();
            case ACTIVE -> { card.issue(); card.activate(); }
            case BLOCKED -> { card.issue(); card.activate(); card.block(BlockReason.TEMPORARY); }
            case REISSUED -> { card.issue(); card.activate(); card.markReissued(); }
            case CLOSED -> card.close(false);
        }
        assertThat(card.status()).isEqualTo(status);
        return card;
    }

    enum Operation {
        ISSUE(CardStatus.ISSUED, Card::issue),
        ACTIVATE(CardStatus.ACTIVE, Card::activate),
        BLOCK(CardStatus.BLOCKED, card -> card.block(BlockReason.TEMPORARY)),
        UNBLOCK(CardStatus.ACTIVE, Card::unblock),
        MARK_REISSUED(CardStatus.REISSUED, Card::markReissued),
        CLOSE(CardStatus.CLOSED, card -> card.close(false));

        final CardStatus target;
        final Consumer<Card> action;

        Operation(CardStatus target, Consumer<Card> action) {
            this.target = target;
            this.action = action;
        }
    }

    static Stream<Arguments> everyOperationInEveryStatus() {
        return Arrays.stream(CardStatus.values())
                .flatMap(from -> Arrays.stream(Operation.values()).map(operation -> Arguments.of(from, operation)));
    }

    @ParameterizedTest(name = "{1} on a {0} card")
    @MethodSource("everyOperationInEveryStatus")
    void aCardMovesOnlyAlongItsLifecycle(CardStatus from, Operation operation) {
        Card card = cardIn(from);

        if (from.mayBecome(operation.target)) {
            operation.action.accept(card);
            assertThat(card.status()).isEqualTo(operation.target);
        } else {
            assertRefused(() -> operation.action.accept(card), Code.STATUS_TRANSITION);
            assertThat(card.status()).isEqualTo(from);
        }
    }

    @Test
    void aTemporaryBlockCanBeLifted() {
        Card card = activeCard();
        card.block(BlockReason.TEMPORARY);
        assertThat(card.blockReason()).isEqualTo(BlockReason.TEMPORARY);

        assertThat(card.unblock()).isEqualTo(CardStatus.BLOCKED);

        assertThat(card.status()).isEqualTo(CardStatus.ACTIVE);
        assertThat(card.blockReason()).isNull();
    }

    @ParameterizedTest
    @EnumSource(value = BlockReason.class, names = {"LOST", "STOLEN"})
    void aLostOrStolenCardCannotBeUnblocked(BlockReason reason) {
        Card card = activeCard();
        card.block(reason);

        assertRefused(card::unblock, Code.PERMANENT_BLOCK);
        assertThat(card.status()).isEqualTo(CardStatus.BLOCKED);
        assertThat(card.blockReason()).isEqualTo(reason);
    }

    @ParameterizedTest
    @EnumSource(value = BlockReason.class, names = {"LOST", "STOLEN"})
    void aLostOrStolenCardCanBeReissuedOrClosed(BlockReason reason) {
        Card reissued = activeCard();
        reissued.block(reason);
        Card closed = activeCard();
        closed.block(reason);

        reissued.markReissued();
        closed.close(false);

        assertThat(reissued.status()).isEqualTo(CardStatus.REISSUED);
        assertThat(closed.status()).isEqualTo(CardStatus.CLOSED);
    }

    @Test
    void aCardWhosePursesStillHoldMoneyIsNotClosedSoTheMoneyIsNotStrandedOnIt() {
        Card card = activeCard();

        assertThatThrownBy(() -> card.close(true)).isInstanceOf(InvalidCardOperationException.class)
                .extracting(refused -> ((InvalidCardOperationException) refused).code())
                .isEqualTo(InvalidCardOperationException.Code.MONEY_LEFT);
        assertThat(card.status()).isEqualTo(CardStatus.ACTIVE);
    }

    @ParameterizedTest
    @EnumSource(value = BlockReason.class, names = {"LOST", "STOLEN"})
    void aLostOrStolenCardCannotBeActivatedEither(BlockReason reason) {
        Card card = activeCard();
        card.block(reason);

        assertRefused(card::activate, Code.PERMANENT_BLOCK);
        assertThat(card.status()).isEqualTo(CardStatus.BLOCKED);
    }

    @Test
    void aBlockWithoutAReasonLeavesTheCardAsItWas() {
        Card card = activeCard();

        assertThatThrownBy(() -> card.block(null)).isInstanceOf(NullPointerException.class);
        assertThat(card.status()).isEqualTo(CardStatus.ACTIVE);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void aVirtualCardNeedsItsHoldersName(String name) {
        assertRefused(() -> card(CardForm.VIRTUAL, new Card.Holder(HolderKind.PERSON, name, "ivanova")),
                Code.HOLDER_DATA_REQUIRED);
    }

    @Test
    void aPlasticCardMayHaveNoHolderName() {
        Card card = card(CardForm.PLASTIC, new Card.Holder(HolderKind.VEHICLE, null, null));

        assertThat(card.holderName()).isEmpty();
        assertThat(card.holderKind()).isEqualTo(HolderKind.VEHICLE);
    }

    @Test
    void theHolderNameIsKeptWithoutSurroundingBlanks() {
        assertThat(card(CardForm.VIRTUAL, PUPIL).holderName()).isEqualTo("Petrov Ivan");
    }

    @Test
    void aReissuedCardKeepsHolderAndContractIsActiveAndPointsBack() {
        Card old = withId(activeCard(), 41);
        old.identifyBy(Barcode.of("4006381333931"), SchoolContractNumber.of("00012345"), "hash-of-ACT-9");
        old.block(BlockReason.LOST);

        Card successor = old.reissueAs(CardNumber.of(NEW_PAN), "hash-2", "sealed-2", LocalDate.of(2030, 1, 31), NOW);

        assertThat(successor.status()).isEqualTo(CardStatus.ACTIVE);
        assertThat(successor.reissuedFromId()).isEqualTo(41L);
        assertThat(successor.contractId()).isEqualTo(old.contractId());
        assertThat(successor.holderKind()).isEqualTo(HolderKind.PUPIL);
        assertThat(successor.holderName()).isEqualTo("Petrov Ivan");
        assertThat(successor.holderSubject()).isEqualTo("petrov.i");
        assertThat(successor.activationCodeHash()).isEqualTo("hash-of-ACT-9");
        assertThat(successor.panMasked()).isEqualTo("555555******4444");
        assertThat(successor.panSealed()).isEqualTo("sealed-2");
        assertThat(successor.expiresOn()).isEqualTo(LocalDate.of(2030, 1, 31));
        assertThat(successor.blockReason()).isNull();
    }

    @Test
    void aVirtualCardCanBeReissued() {
        Card old = card(CardForm.VIRTUAL, PUPIL);

        Card successor = old.reissueAs(CardNumber.of(NEW_PAN), "hash-2", "sealed-2", EXPIRES, NOW);

        assertThat(successor.holderName()).isEqualTo("Petrov Ivan");
    }

    @Test
    void reissuingLeavesTheOldCardToItsOwnLifecycle() {
        Card old = activeCard();
        old.block(BlockReason.STOLEN);

        old.reissueAs(CardNumber.of(NEW_PAN), "hash-2", "sealed-2", EXPIRES, NOW);

        assertThat(old.status()).isEqualTo(CardStatus.BLOCKED);
        assertThat(old.panMasked()).isEqualTo("411111******1111");
    }

    @Test
    void handingOverMovesBarcodeAndSchoolNumberToTheSuccessor() {
        Card old = activeCard();
        old.identifyBy(Barcode.of("4006381333931"), SchoolContractNumber.of("00012345"), "hash-of-ACT-9");
        Card successor = old.reissueAs(CardNumber.of(NEW_PAN), "hash-2", "sealed-2", EXPIRES, NOW);

        old.handOverIdentifiersTo(successor);

        assertThat(successor.barcode()).isEqualTo("4006381333931");
        assertThat(successor.schoolContractNumber()).isEqualTo("00012345");
        assertThat(old.barcode()).isNull();
        assertThat(old.schoolContractNumber()).isNull();
    }

    @Test
    void identifiersMayBeAbsent() {
        Card card = plastic();

        card.identifyBy(null, null, null);

        assertThat(card.barcode()).isNull();
        assertThat(card.schoolContractNumber()).isNull();
        assertThat(card.activationCodeHash()).isNull();
    }

    @Test
    void theCardShowsOnlyTheMaskedNumber() {
        Card card = activeCard();

        assertThat(card.panMasked()).isEqualTo("411111******1111");
        assertThat(card.toString()).doesNotContain(PAN);
    }

    @Test
    void theCardStoresTheNumberNowhereInFull() throws IllegalAccessException {
        Card card = activeCard();
        card.identifyBy(Barcode.of("4006381333931"), SchoolContractNumber.of("00012345"), "hash-of-ACT-9");
        card.block(BlockReason.TEMPORARY);

        List<Field> fields = Arrays.stream(Card.class.getDeclaredFields())
                .filter(field -> !Modifier.isStatic(field.getModifiers())).toList();
        for (Field field : fields) {
            field.setAccessible(true);
            assertThat(String.valueOf(field.get(card))).as(field.getName()).doesNotContain(PAN);
        }
    }

    @Test
    void aRefusalNamesTheCardOnlyByItsMaskedNumber() {
        Card card = plastic();

        assertThatThrownBy(card::activate).hasMessageContaining("411111******1111").hasMessageNotContaining(PAN);
    }
}
