package org.cardhub.payments.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.cardhub.money.InvalidAmountException;

final class PaymentAssertions {

    private PaymentAssertions() {
    }

    static void assertRefused(ThrowingCallable action, InvalidOperationException.Code code) {
        assertThatThrownBy(action).isInstanceOfSatisfying(InvalidOperationException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    static void assertRefused(ThrowingCallable action, InvalidAmountException.Code code) {
        assertThatThrownBy(action).isInstanceOfSatisfying(InvalidAmountException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }
}
