package org.cardhub.corrections.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.callers.Role;
import org.cardhub.cards.boundary.CardDirectory;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardRef;
import org.cardhub.cards.entity.InvalidCardIdentifierException;
import org.cardhub.contracts.boundary.Contracts;
import org.cardhub.corrections.entity.CorrectionRefusal;
import org.cardhub.corrections.entity.Proposal;
import org.cardhub.corrections.entity.ProposalStatus;
import org.cardhub.corrections.entity.Threshold;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.payments.boundary.Payments;
import org.cardhub.payments.entity.OperationKey;
import org.cardhub.payments.entity.Outcome;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The back office's corrections and reversals under four eyes. A proposal is checked and written with its audit row in
 * one transaction; one below the threshold of its currency is posted in the same call. Approving locks the proposal's row
 * first, so of two approvals at once the second finds it decided; the money operation itself runs under the proposal's
 * own idempotency key, so even an approval repeated after a failure moves the money once. Whether the person confirmed a
 * one-time code a moment ago is the web page's to check (the step-up lives in their browser session).
 */
@Stateless
@RolesAllowed(Role.Names.BACKOFFICE)
public class CorrectionDesk {

    @PersistenceContext
    EntityManager em;

    @EJB
    Payments payments;

    @EJB
    CardDirectory cards;

    @EJB
    Contracts contracts;

    @EJB
    AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    /**
     * A correction of a card's main purse — the card given by its number, barcode or school contract number, looked up by
     * its keyed hash — or, with no card, of the contract's own account; {@code amount} credits when positive, debits when
     * negative.
     */
    public Proposal proposeCorrection(String card, String contractNumber, Amount amount, String reason) {
        boolean byCard = card != null && !card.isBlank();
        boolean byContract = contractNumber != null && !contractNumber.isBlank();
        if (byCard == byContract) {
            throw new CorrectionRefusal(CorrectionRefusal.Code.TARGET_REQUIRED, "A correction names a card or a contract");
        }
        if (amount == null || amount.isZero()) {
            throw new CorrectionRefusal(CorrectionRefusal.Code.AMOUNT_ZERO, "A correction of zero changes nothing");
        }
        Proposal proposal;
        if (byCard) {
            Card found = cardOf(card.strip());
            proposal = Proposal.correction(found.id(), null, found.panMasked(), amount, reason, threshold(amount.currency()),
                    caller(), now());
        } else {
            String number = contracts.findByNumber(contractNumber.strip()).orElseThrow(() -> new CorrectionRefusal(
                    CorrectionRefusal.Code.CONTRACT_UNKNOWN, "No contract " + contractNumber)).number();
            proposal = Proposal.correction(null, number, number, amount, reason, threshold(amount.currency()), caller(), now());
        }
        return opened(proposal);
    }

    /** The reversal of an approved operation, named by the key it ran under (its source and its key). */
    public Proposal proposeReversal(String scope, String key, String reason) {
        if (scope == null || scope.isBlank() || key == null || key.isBlank()) {
            throw new CorrectionRefusal(CorrectionRefusal.Code.TARGET_REQUIRED, "A reversal names the operation's key");
        }
        OperationKey original = new OperationKey(scope.strip(), key.strip());
        Outcome outcome = payments.outcomeOf(original).filter(Outcome::isApproved).orElseThrow(() ->
                new CorrectionRefusal(CorrectionRefusal.Code.OPERATION_UNKNOWN, "No approved operation " + original.key()));
        Amount amount = Optional.ofNullable(outcome.approvedAmount()).orElse(Amount.zero(Currency.RUB));
        return opened(Proposal.reversal(original, amount, reason, threshold(amount.currency()), caller(), now()));
    }

    /** Approved by a second back-office person (never the proposer) and posted, once. */
    public Proposal approve(long id) {
        Proposal proposal = locked(id);
        proposal.approveBy(caller(), now());
        audit.record(caller(), "correction.approve", AuditSubject.CORRECTION, proposal.id(), null);
        return posted(proposal);
    }

    /** Rejected with a reason (or withdrawn by its proposer); no money moves. */
    public Proposal reject(long id, String reason) {
        Proposal proposal = locked(id);
        proposal.rejectBy(caller(), reason, now());
        audit.record(caller(), "correction.reject", AuditSubject.CORRECTION, proposal.id(), proposal.decisionReason());
        return proposal;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Proposal> find(long id) {
        return Optional.ofNullable(em.find(Proposal.class, id));
    }

    /** The proposals waiting for a second person, newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Proposal> pending(int first, int max) {
        return em.createQuery("SELECT p FROM Proposal p WHERE p.status = :pending ORDER BY p.proposedAt DESC, p.id DESC", Proposal.class)
                .setParameter("pending", ProposalStatus.PENDING).setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** The decided proposals, latest decision first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Proposal> decided(int first, int max) {
        return em.createQuery("SELECT p FROM Proposal p WHERE p.status <> :pending ORDER BY p.decidedAt DESC, p.id DESC",
                        Proposal.class)
                .setParameter("pending", ProposalStatus.PENDING).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long count(boolean pending) {
        return em.createQuery("SELECT COUNT(p) FROM Proposal p WHERE " + (pending ? "p.status = :pending" : "p.status <> :pending"),
                Long.class).setParameter("pending", ProposalStatus.PENDING).getSingleResult();
    }

    /** From which amount of {@code currency} a proposal waits for a second person. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Amount threshold(Currency currency) {
        return Optional.ofNullable(em.find(Threshold.class, currency)).map(Threshold::amount)
                .orElse(Amount.zero(currency));
    }

    private Proposal opened(Proposal proposal) {
        em.persist(proposal);
        em.flush();
        audit.record(caller(), "correction.propose", AuditSubject.CORRECTION, proposal.id(), proposal.kind() + " "
                + proposal.shownAs() + " " + proposal.amount().toPlainString() + " " + proposal.amount().currency() + ": "
                + proposal.reason());
        if (!proposal.postsAtOnce()) {
            return proposal;
        }
        proposal.decideAtOnce(now());
        return posted(proposal);
    }

    private Proposal posted(Proposal proposal) {
        Outcome outcome = switch (proposal.kind()) {
            case CORRECTION -> payments.correct(proposal.postingKey(), proposal.purse(), proposal.amount(), proposal.reason());
            case REVERSAL -> payments.reverse(proposal.postingKey(), proposal.original(), null);
        };
        proposal.settle(outcome);
        audit.record(caller(), outcome.isApproved() ? "correction.post" : "correction.decline", AuditSubject.CORRECTION,
                proposal.id(), outcome.isApproved() ? "entry " + outcome.entryId() : outcome.code());
        return proposal;
    }

    private Proposal locked(long id) {
        return Optional.ofNullable(em.find(Proposal.class, id, LockModeType.PESSIMISTIC_WRITE)).orElseThrow(() ->
                new CorrectionRefusal(CorrectionRefusal.Code.PROPOSAL_UNKNOWN, "No proposal " + id));
    }

    private Card cardOf(String card) {
        try {
            return cards.find(CardRef.parse(card)).orElseThrow(() ->
                    new CorrectionRefusal(CorrectionRefusal.Code.CARD_UNKNOWN, "No such card"));
        } catch (InvalidCardIdentifierException malformed) {
            throw new CorrectionRefusal(CorrectionRefusal.Code.CARD_UNKNOWN, "Not a card number");
        }
    }

    private String caller() {
        return audit.actor(null);
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
