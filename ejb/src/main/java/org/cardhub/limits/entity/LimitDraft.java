package org.cardhub.limits.entity;

import java.io.Serializable;

/**
 * One change of a card's limits, not yet made, for a preview of what the card could then still spend: a new limit
 * ({@code replaces} null), another value for one ({@code replaces} its id), or none at all ({@code rule} null,
 * {@code replaces} the limit to remove).
 *
 * @param ofContract the new limit is the whole contract's, not the card's
 */
public record LimitDraft(Long replaces, LimitRule rule, boolean ofContract) implements Serializable {

    /** No change: the limits as they are. */
    public static final LimitDraft NONE = new LimitDraft(null, null, false);
}
