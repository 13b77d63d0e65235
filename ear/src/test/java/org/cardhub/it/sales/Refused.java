package org.cardhub.it.sales;

import jakarta.ejb.EJBAccessException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.cardhub.refusal.Refusal;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * What a call through a run-as bean was refused with: the boundary's refusal (or the container's own access refusal)
 * found inside whatever the container wrapped it in, as {@code core.Thrown} finds it.
 */
final class Refused {

    private Refused() {
    }

    static Throwable by(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("refused").isNotNull();
        return Stream.iterate(thrown, link -> link != null, Throwable::getCause)
                .filter(link -> link instanceof Refusal || link instanceof EJBAccessException)
                .findFirst().orElse(thrown);
    }
}
