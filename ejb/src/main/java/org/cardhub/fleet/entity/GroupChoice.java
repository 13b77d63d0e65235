package org.cardhub.fleet.entity;

import java.io.Serializable;

/** A card group a company's user may be limited to, with the contract it belongs to (names repeat across contracts). */
public record GroupChoice(long id, String name, String contractNumber) implements Serializable {
}
