package org.cardhub.audit.entity;

import java.util.Locale;

/**
 * Who an audit record's actor is, read from the way the actor is written: people by their Keycloak id (the tokens'
 * {@code sub}), partner systems as {@code partner:CLIENT}, terminals as {@code terminal:ID}, unattended work as
 * {@code system} or {@code system:WHAT} (the demo's data as {@code demo}).
 */
public enum ActorKind {
    PERSON(null, "actor NOT LIKE '%:%' AND actor NOT IN ('system', 'demo')"),
    PARTNER("partner:", "actor LIKE 'partner:%'"),
    TERMINAL("terminal:", "actor LIKE 'terminal:%'"),
    SYSTEM("system:", "(actor IN ('system', 'demo') OR actor LIKE 'system:%')");

    private final String prefix;
    private final String condition;

    ActorKind(String prefix, String condition) {
        this.prefix = prefix;
        this.condition = condition;
    }

    public static ActorKind of(String actor) {
        if (actor == null || actor.isBlank() || actor.equals("system") || actor.equals("demo") || actor.startsWith("system:")) {
            return SYSTEM;
        }
        if (actor.startsWith(PARTNER.prefix)) {
            return PARTNER;
        }
        if (actor.startsWith(TERMINAL.prefix)) {
            return TERMINAL;
        }
        return actor.contains(":") ? SYSTEM : PERSON;
    }

    /** The actor without its kind's prefix: a terminal's id, a partner's client id, the system's job. */
    public String bareName(String actor) {
        return prefix != null && actor != null && actor.startsWith(prefix) ? actor.substring(prefix.length()) : actor;
    }

    /**
     * The actor as the audit trail writes it, from what a person typed: {@code FUEL-0001} under terminals is
     * {@code terminal:FUEL-0001}; a person's id is compared in lower case, as Keycloak writes it.
     */
    public String written(String typed) {
        String text = typed.strip();
        if (this == PERSON) {
            return text.toLowerCase(Locale.ROOT);
        }
        if (this == SYSTEM && (text.equals("system") || text.equals("demo"))) {
            return text;
        }
        return text.startsWith(prefix) ? text : prefix + text;
    }

    /** The SQL condition on {@code audit_event.actor} that keeps this kind's records; constant, no parameters. */
    String condition() {
        return condition;
    }
}
