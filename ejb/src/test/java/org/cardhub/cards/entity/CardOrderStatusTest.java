package org.cardhub.cards.entity;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.cards.entity.CardOrderStatus.CANCELLED;
import static org.cardhub.cards.entity.CardOrderStatus.DELIVERED;
import static org.cardhub.cards.entity.CardOrderStatus.ISSUED;
import static org.cardhub.cards.entity.CardOrderStatus.SUBMITTED;

class CardOrderStatusTest {

    @Test
    void anOrderMovesOnlyForwardAndIsCancelledOnlyBeforeItIsIssued() {
        assertThat(next(SUBMITTED)).containsExactlyInAnyOrder(ISSUED, CANCELLED);
        assertThat(next(ISSUED)).containsExactly(DELIVERED);
        assertThat(next(DELIVERED)).isEmpty();
        assertThat(next(CANCELLED)).isEmpty();
    }

    private static Set<CardOrderStatus> next(CardOrderStatus from) {
        return Arrays.stream(CardOrderStatus.values()).filter(from::mayBecome)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(CardOrderStatus.class)));
    }
}
