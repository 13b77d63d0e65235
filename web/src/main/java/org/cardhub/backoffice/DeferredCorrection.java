package org.cardhub.backoffice;

import jakarta.enterprise.context.SessionScoped;
import org.cardhub.money.Amount;

import java.io.Serializable;
import java.util.Optional;

/**
 * The correction page's action that waits for a one-time code: the page sends the browser to Keycloak and, back on the
 * page with a fresh step-up, carries it out — for the person who asked it only, once.
 */
@SessionScoped
public class DeferredCorrection implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What was asked and by whom: a correction, a reversal or an approval. */
    record Action(String caller, Kind kind, String card, String contract, Amount amount, String reason, String scope,
                  String key, Long proposalId) implements Serializable {

        enum Kind { CORRECTION, REVERSAL, APPROVAL }

        static Action correction(String caller, String card, String contract, Amount amount, String reason) {
            return new Action(caller, Kind.CORRECTION, card, contract, amount, reason, null, null, null);
        }

        static Action reversal(String caller, String scope, String key, String reason) {
            return new Action(caller, Kind.REVERSAL, null, null, null, reason, scope, key, null);
        }

        static Action approval(String caller, long proposalId) {
            return new Action(caller, Kind.APPROVAL, null, null, null, null, null, null, proposalId);
        }
    }

    private Action waiting;

    void hold(Action action) {
        waiting = action;
    }

    /** The action waiting for {@code caller}'s code, taken: a second look finds nothing. */
    Optional<Action> take(String caller) {
        Action taken = waiting;
        waiting = null;
        return Optional.ofNullable(taken).filter(action -> action.caller().equals(caller));
    }
}
