package org.cardhub.corporate;

import jakarta.ejb.EJBException;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.cards.entity.InvalidCardOperationException;
import org.cardhub.refusal.Refusal;
import org.primefaces.PrimeFaces;

/**
 * An action of a fleet manager on a card, from the table or the card's page: done, or refused with a page message in
 * the reader's language (the domain rolls a refused action back, so nothing changes). Either way the page's dialogs
 * learn it was acted on ({@code args.acted}) and close; a dialog kept open means its input was not valid.
 */
final class CardActions {

    private CardActions() {
    }

    /** Runs the action on the card {@code panMasked}; false when it was refused. */
    static boolean act(String panMasked, Runnable action) {
        PrimeFaces.current().ajax().addCallbackParam("acted", true);
        try {
            action.run();
            return true;
        } catch (InvalidCardOperationException e) {
            PageMessages.refuse(null, "fleet.cards.error." + e.code(), panMasked);
        } catch (AccessDeniedException e) {
            PageMessages.refuse(null, "fleet.cards.error.gone", panMasked);
        } catch (Refusal e) {
            PageMessages.refuse(null, "fleet.cards.error.refused", panMasked);
        } catch (EJBException e) {
            PageMessages.refuse(null, "fleet.cards.error.gone", panMasked);
        }
        return false;
    }
}
