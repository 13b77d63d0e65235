package org.cardhub.cards.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.cards.entity.CardStatus.ACTIVE;
import static org.cardhub.cards.entity.CardStatus.BLOCKED;
import static org.cardhub.cards.entity.CardStatus.CLOSED;
import static org.cardhub.cards.entity.CardStatus.ISSUED;
import static org.cardhub.cards.entity.CardStatus.ORDERED;
import static org.cardhub.cards.entity.CardStatus.REISSUED;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class CardStatusTest {

    /** ordered → issued → active ⇄ blocked; active or blocked → reissued; anything but the final two → closed. */
    private static final Map<CardStatus, Set<CardStatus>> ALLOWED = Map.of(
            ORDERED, Set.of(ISSUED, CLOSED),
            ISSUED, Set.of(ACTIVE, CLOSED),
            ACTIVE, Set.of(BLOCKED, REISSUED, CLOSED),
            BLOCKED, Set.of(ACTIVE, REISSUED, CLOSED),
            REISSUED, Set.of(),
            CLOSED, Set.of());

    static Stream<Arguments> allPairs() {
        return Arrays.stream(CardStatus.values())
                .flatMap(from -> Arrays.stream(CardStatus.values()).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("allPairs")
    void onlyTheLifecycleTransitionsAreAllowed(CardStatus from, CardStatus to) {
        assertThat(from.mayBecome(to)).isEqualTo(ALLOWED.get(from).contains(to));
    }

    @ParameterizedTest
    @EnumSource(CardStatus.class)
    void noStatusBecomesItself(CardStatus status) {
        assertThat(status.mayBecome(status)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = CardStatus.class, names = {"REISSUED", "CLOSED"})
    void aReissuedOrClosedCardIsFinal(CardStatus status) {
        assertThat(CardStatus.values()).noneMatch(status::mayBecome);
    }
}
