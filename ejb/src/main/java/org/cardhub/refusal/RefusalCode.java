package org.cardhub.refusal;

/**
 * A stable code of a {@link Refusal}, implemented by each refusal's own {@code Code} enum: its name is what
 * clients see, its kind decides how every adapter answers it.
 */
public interface RefusalCode {

    String name();

    Refusal.Kind kind();
}
