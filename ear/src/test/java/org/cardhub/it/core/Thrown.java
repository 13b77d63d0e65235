package org.cardhub.it.core;

import jakarta.ejb.EJBAccessException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.cardhub.refusal.Refusal;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * What a call through a run-as bean was refused with: the container hands a boundary's refusal back wrapped in an
 * {@code EJBException}, so the tests look for the {@link Refusal} (or the container's own access refusal) inside it.
 */
final class Thrown {

    private Thrown() {
    }

    static Throwable by(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("refused").isNotNull();
        return Stream.iterate(thrown, link -> link != null, Throwable::getCause)
                .filter(link -> link instanceof Refusal || link instanceof EJBAccessException)
                .findFirst().orElse(thrown);
    }
}
