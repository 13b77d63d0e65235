package org.cardhub.backoffice;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.cabinet.Formats;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.cabinet.PagedTable;
import org.cardhub.cabinet.SignedInUser;
import org.cardhub.corrections.boundary.CorrectionDesk;
import org.cardhub.corrections.entity.CorrectionRefusal;
import org.cardhub.corrections.entity.Proposal;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.money.InvalidAmountException;
import org.cardhub.refusal.Refusal;
import org.cardhub.signin.StepUp;
import org.primefaces.PrimeFaces;

import java.io.IOException;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.Map;

/**
 * Corrections and reversals under four eyes ({@code corrections.xhtml}): propose a correction of a card's purse (found by
 * its number) or a contract's account, or the reversal of an operation by its key, always with a reason; approve or
 * reject what another person proposed. Proposing and approving need a one-time code confirmed a moment ago: without
 * one the page sends the browser to Keycloak and, back here, carries on with what was asked. Bad input is said at its
 * field before any code is asked, and nothing is written.
 */
@Named
@ViewScoped
public class CorrectionsView implements Serializable {

    static final String PAGE = "/cabinet/backoffice/corrections.xhtml";
    private static final long serialVersionUID = 1L;
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final Map<CorrectionRefusal.Code, String> FIELDS = Map.of(
            CorrectionRefusal.Code.CARD_UNKNOWN, "correct:card",
            CorrectionRefusal.Code.CONTRACT_UNKNOWN, "correct:contract",
            CorrectionRefusal.Code.TARGET_REQUIRED, "correct:card",
            CorrectionRefusal.Code.AMOUNT_ZERO, "correct:amount",
            CorrectionRefusal.Code.OPERATION_UNKNOWN, "reverse:key");

    @Inject
    CorrectionDesk desk;

    @Inject
    StepUp stepUp;

    @Inject
    SignedInUser user;

    @Inject
    DeferredCorrection deferred;

    private PagedTable<Proposal> pending;
    private PagedTable<Proposal> decided;
    private Amount threshold;
    private String card;
    private String contract;
    private boolean debit;
    private String amount;
    private String reason;
    private String scope;
    private String key;
    private String reversalReason;
    private Long rejecting;
    private String rejectReason;

    @PostConstruct
    void init() {
        pending = new PagedTable<>(() -> desk.count(true), desk::pending, proposal -> Long.toString(proposal.id()));
        decided = new PagedTable<>(() -> desk.count(false), desk::decided, proposal -> Long.toString(proposal.id()));
        threshold = desk.threshold(Currency.RUB);
    }

    /** On opening the page: why a step-up failed, or the action that waited for it, carried out now. */
    public void resume() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        stepUp.takeRefusal().ifPresent(refusal -> PageMessages.refuse(null, refusal));
        deferred.take(user.getSubject()).ifPresent(action -> {
            if (stepUp.isRecentFor(user.getSubject())) {
                carryOut(action);
            } else {
                PageMessages.warn("fix.corrections.notDone");
            }
        });
    }

    public void propose() throws IOException {
        boolean byCard = card != null && !card.isBlank();
        if (byCard == (contract != null && !contract.isBlank())) {
            PageMessages.refuse("correct:card", "fix.corrections.refusal.TARGET_REQUIRED");
            return;
        }
        Amount typed;
        try {
            typed = Formats.typed(amount, Currency.RUB);
        } catch (InvalidAmountException refused) {
            PageMessages.refuse("correct:amount", "fix.corrections.amount." + refused.code());
            return;
        }
        if (!CorrectionMessages.reasoned(reason, "correct:reason")) {
            return;
        }
        act(DeferredCorrection.Action.correction(user.getSubject(), byCard ? card : null, byCard ? null : contract,
                debit ? typed.negate() : typed, reason));
    }

    public void proposeReversal() throws IOException {
        if (scope == null || scope.isBlank() || key == null || key.isBlank()) {
            PageMessages.refuse("reverse:key", "fix.corrections.refusal.OPERATION_UNKNOWN");
            return;
        }
        if (CorrectionMessages.reasoned(reversalReason, "reverse:reason")) {
            act(DeferredCorrection.Action.reversal(user.getSubject(), scope, key, reversalReason));
        }
    }

    public void approve(long proposalId) throws IOException {
        act(DeferredCorrection.Action.approval(user.getSubject(), proposalId));
    }

    public void askReject(long proposalId) {
        rejecting = proposalId;
        rejectReason = null;
    }

    /** A rejection moves no money: no one-time code for it, only a reason. */
    public void reject() {
        if (!CorrectionMessages.reasoned(rejectReason, "reject:reason")) {
            return;
        }
        try {
            desk.reject(rejecting, rejectReason);
            PageMessages.info("fix.corrections.rejected", Long.toString(rejecting));
            PrimeFaces.current().ajax().addCallbackParam("acted", true);
        } catch (CorrectionRefusal refused) {
            PageMessages.refuse(null, "fix.corrections.refusal." + refused.code());
            PrimeFaces.current().ajax().addCallbackParam("acted", true);
        }
    }

    private void act(DeferredCorrection.Action action) throws IOException {
        if (stepUp.isRecentFor(user.getSubject())) {
            carryOut(action);
        } else {
            deferred.hold(action);
            stepUp.demand(PAGE);
        }
    }

    private void carryOut(DeferredCorrection.Action action) {
        try {
            Proposal done = switch (action.kind()) {
                case CORRECTION -> desk.proposeCorrection(action.card(), action.contract(), action.amount(), action.reason());
                case REVERSAL -> desk.proposeReversal(action.scope(), action.key(), action.reason());
                case APPROVAL -> desk.approve(action.proposalId());
            };
            CorrectionMessages.tell(done);
            clear();
        } catch (CorrectionRefusal refused) {
            PageMessages.refuse(action.kind() == DeferredCorrection.Action.Kind.APPROVAL ? null : FIELDS.get(refused.code()),
                    "fix.corrections.refusal." + refused.code());
        } catch (Refusal refused) {
            PageMessages.refuse(null, "fix.corrections.refusal.OTHER");
        }
    }

    private void clear() {
        card = null;
        contract = null;
        amount = null;
        reason = null;
        debit = false;
        scope = null;
        key = null;
        reversalReason = null;
    }

    /** Whether the signed-in person proposed it (they may withdraw it, never approve it). */
    public boolean isOwn(Proposal proposal) {
        return proposal.proposedBy().equals(user.getSubject());
    }

    public ZoneId getZone() {
        return MOSCOW;
    }

    public PagedTable<Proposal> getPending() {
        return pending;
    }

    public PagedTable<Proposal> getDecided() {
        return decided;
    }

    public Amount getThreshold() {
        return threshold;
    }

    public String getCard() {
        return card;
    }

    public void setCard(String card) {
        this.card = card;
    }

    public String getContract() {
        return contract;
    }

    public void setContract(String contract) {
        this.contract = contract;
    }

    public boolean isDebit() {
        return debit;
    }

    public void setDebit(boolean debit) {
        this.debit = debit;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getReversalReason() {
        return reversalReason;
    }

    public void setReversalReason(String reversalReason) {
        this.reversalReason = reversalReason;
    }

    public Long getRejecting() {
        return rejecting;
    }

    public String getRejectReason() {
        return rejectReason;
    }

    public void setRejectReason(String rejectReason) {
        this.rejectReason = rejectReason;
    }
}
