package org.cardhub.fleet.entity;

import java.io.Serializable;

/** An organisation whose users the caller manages. */
public record Company(long id, String name) implements Serializable {
}
