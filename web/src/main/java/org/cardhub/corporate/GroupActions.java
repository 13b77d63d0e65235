package org.cardhub.corporate;

import jakarta.ejb.EJBException;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.callers.RightMissingException;
import org.cardhub.cards.entity.InvalidCardOperationException;
import org.cardhub.refusal.Refusal;

import java.util.function.Consumer;

/**
 * An action arranging a contract's cards — a group created, renamed or deleted, cards moved, a card's vehicle
 * described: done, or refused with a message in the reader's language (the domain rolls a refused action back). The
 * page says where a rule of groups and vehicles was broken ({@code refused}); the rest reads the same everywhere.
 * A refusal marks the request as failed, so the page's dialog stays open ({@code args.validationFailed}).
 */
final class GroupActions {

    private GroupActions() {
    }

    /** Runs the action; false when it was refused. */
    static boolean act(Runnable action, Consumer<InvalidCardOperationException> refused) {
        try {
            action.run();
            return true;
        } catch (InvalidCardOperationException e) {
            refused.accept(e);
        } catch (RightMissingException e) {
            PageMessages.refuse(null, "fleet.groups.error.right");
        } catch (AccessDeniedException e) {
            PageMessages.refuse(null, "fleet.groups.error.gone");
        } catch (Refusal | EJBException e) {
            PageMessages.refuse(null, "fleet.groups.error.refused");
        }
        return false;
    }
}
