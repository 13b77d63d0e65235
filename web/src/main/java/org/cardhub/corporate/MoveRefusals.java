package org.cardhub.corporate;

import jakarta.ejb.EJBException;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.callers.RightMissingException;
import org.cardhub.contracts.entity.InvalidContractException;
import org.cardhub.money.InvalidAmountException;
import org.cardhub.payments.entity.DistributionRefusedException;
import org.cardhub.payments.entity.InvalidOperationException;
import org.cardhub.refusal.Refusal;

import java.util.function.Supplier;

/**
 * What the domain refuses of a move, said in the reader's language where it belongs: a card's shortfall or a card
 * that may not take part at that card's amount, the contract account's shortfall at the total, the rest above the
 * confirmation. The domain rolled the move back, so nothing moved.
 */
final class MoveRefusals {

    private final MoveForm form;

    MoveRefusals(MoveForm form) {
        this.form = form;
    }

    /** The action's answer, or null when it was refused (and the refusal shown). */
    <T> T attempt(Supplier<T> action) {
        try {
            return action.get();
        } catch (DistributionRefusedException refused) {
            show(refused);
        } catch (InvalidAmountException refused) {
            PageMessages.refuse(MoveForm.TOTAL, "fleet.move.amount." + refused.code());
        } catch (InvalidOperationException refused) {
            if (refused.code() == InvalidOperationException.Code.IDEMPOTENCY_CONFLICT) {
                form.renewRequest();
                PageMessages.refuse(null, "fleet.move.conflict");
            } else {
                PageMessages.refuse(null, "fleet.move.refused");
            }
        } catch (AccessDeniedException refused) {
            PageMessages.refuse(null, "fleet.move.gone");
        } catch (RightMissingException refused) {
            PageMessages.refuse(null, "fleet.move.noRight");
        } catch (InvalidContractException refused) {
            PageMessages.refuse(null, refused.code() == InvalidContractException.Code.NOT_DISTRIBUTED
                    ? "fleet.move.notDistributed" : "fleet.move.contractInactive");
        } catch (Refusal | EJBException refused) {
            PageMessages.refuse(null, "fleet.move.refused");
        }
        return null;
    }

    private void show(DistributionRefusedException refused) {
        switch (refused.code()) {
            case INSUFFICIENT_FUNDS -> PageMessages.refuse(form.fieldOf(refused.cardId()), refused.cardId() == null
                    ? "fleet.move.short.contract" : "fleet.move.short.card", refused.where(),
                    form.formats.amount(refused.available()));
            case CARD_NOT_USABLE -> PageMessages.refuse(form.fieldOf(refused.cardId()), "fleet.move.cardNotUsable",
                    refused.where());
            case CONTRACT_INACTIVE -> PageMessages.refuse(null, "fleet.move.contractInactive");
        }
    }
}
