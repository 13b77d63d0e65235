package org.cardhub.cabinet;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.regex.Pattern;

/**
 * Who did something, as a person reads it: the audit trail names people by their immutable Keycloak id, terminals
 * by {@code terminal:ID} and unattended work by {@code system}; none of these raw names belongs on a page.
 */
@Named
@RequestScoped
public class Actors {

    private static final Pattern USER_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final String TERMINAL = "terminal:";

    @Inject
    SignedInUser user;

    public String who(String actor) {
        if (actor == null || actor.isBlank() || actor.equals("system") || actor.startsWith("system:") || actor.equals("demo")) {
            return PageMessages.text("actor.cardhub");
        }
        if (actor.equals(user.getSubject())) {
            return user.getDisplayName() + " (" + user.getUsername() + ")";
        }
        if (actor.startsWith(TERMINAL)) {
            return PageMessages.text("actor.terminal", actor.substring(TERMINAL.length()));
        }
        return USER_ID.matcher(actor).matches() ? PageMessages.text("actor.otherPerson") : actor;
    }
}
