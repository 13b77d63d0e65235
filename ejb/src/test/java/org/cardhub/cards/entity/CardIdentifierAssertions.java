package org.cardhub.cards.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.cardhub.cards.entity.InvalidCardIdentifierException.Code;

final class CardIdentifierAssertions {

    private CardIdentifierAssertions() {
    }

    static void assertRefused(ThrowingCallable action, Code code) {
        assertThatThrownBy(action)
                .isInstanceOfSatisfying(InvalidCardIdentifierException.class, e -> assertThat(e.code()).isEqualTo(code));
    }
}
