package org.cardhub.fleet.entity;

import java.io.Serializable;

/**
 * What the caller may change of the limits that apply to a card: the card's own (and its restrictions), and its
 * contract's (which needs the right over all the contract's cards). The page shows editing controls accordingly; the
 * limits' boundary checks again whatever is sent.
 */
public record LimitRights(boolean ofCard, boolean ofContract) implements Serializable {

    public static final LimitRights NONE = new LimitRights(false, false);
}
