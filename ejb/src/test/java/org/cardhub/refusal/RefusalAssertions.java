package org.cardhub.refusal;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one way the tests say that something is refused with a code, whichever refusal carries it. */
public final class RefusalAssertions {

    private RefusalAssertions() {
    }

    /** {@code action} throws the refusal that owns {@code code} (where its {@code Code} enum is declared), with that code. */
    public static void assertRefused(ThrowingCallable action, RefusalCode code) {
        Class<?> owner = code instanceof Enum<?> constant ? constant.getDeclaringClass().getEnclosingClass()
                : Refusal.class;
        assertThatThrownBy(action).isInstanceOf(owner)
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.code()).isEqualTo(code));
    }
}
