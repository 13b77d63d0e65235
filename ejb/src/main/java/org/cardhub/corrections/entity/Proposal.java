package org.cardhub.corrections.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.cardhub.cards.entity.CardRef;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.payments.entity.OperationKey;
import org.cardhub.payments.entity.Outcome;
import org.cardhub.payments.entity.PurseRef;

import java.time.Instant;

/**
 * A correction of a purse or a reversal of an operation, proposed with a reason by a back-office person; posted at once
 * below the threshold of its currency, otherwise waiting for a second person's approval or rejection. Its money
 * operation runs under {@link #postingKey()}, so however often it is approved the money moves once.
 */
@Entity
@Table(name = "correction_proposal")
public class Proposal {

    /** The idempotency scope of the money operations of proposals. */
    public static final String SCOPE = "corrections";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private ProposalKind kind;
    @Enumerated(EnumType.STRING)
    private ProposalStatus status;
    @Column(name = "card_id")
    private Long cardId;
    @Column(name = "contract_number")
    private String contractNumber;
    @Column(name = "original_scope")
    private String originalScope;
    @Column(name = "original_key")
    private String originalKey;
    @Column(name = "shown_as")
    private String shownAs;
    @Column(name = "amount_minor")
    private long amountMinor;
    @Enumerated(EnumType.STRING)
    private Currency currency;
    private String reason;
    @Column(name = "needs_approval")
    private boolean needsApproval;
    @Column(name = "proposed_by")
    private String proposedBy;
    @Column(name = "proposed_at")
    private Instant proposedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decision_reason")
    private String decisionReason;
    @Column(name = "entry_id")
    private Long entryId;
    @Column(name = "decline_code")
    private String declineCode;

    protected Proposal() {
    }

    private Proposal(ProposalKind kind, String shownAs, Amount amount, String reason, Amount threshold, String proposer,
                     Instant now) {
        this.kind = kind;
        this.status = ProposalStatus.PENDING;
        this.shownAs = shownAs;
        this.amountMinor = amount.minorUnits();
        this.currency = amount.currency();
        this.reason = FourEyes.reason(reason);
        this.needsApproval = FourEyes.needsApproval(amount, threshold);
        this.proposedBy = proposer;
        this.proposedAt = now;
    }

    /** A correction of a card's main purse ({@code cardId}) or of a contract's own account, by a non-zero amount. */
    public static Proposal correction(Long cardId, String contractNumber, String shownAs, Amount amount, String reason,
                                      Amount threshold, String proposer, Instant now) {
        if ((cardId == null) == (contractNumber == null)) {
            throw new CorrectionRefusal(CorrectionRefusal.Code.TARGET_REQUIRED, "A correction names a card or a contract");
        }
        if (amount == null || amount.isZero()) {
            throw new CorrectionRefusal(CorrectionRefusal.Code.AMOUNT_ZERO, "A correction of zero changes nothing");
        }
        Proposal proposal = new Proposal(ProposalKind.CORRECTION, shownAs, amount, reason, threshold, proposer, now);
        proposal.cardId = cardId;
        proposal.contractNumber = contractNumber;
        return proposal;
    }

    /** The reversal of the approved operation {@code original}, of {@code amount}. */
    public static Proposal reversal(OperationKey original, Amount amount, String reason, Amount threshold, String proposer,
                                    Instant now) {
        Proposal proposal = new Proposal(ProposalKind.REVERSAL, original.scope() + " / " + original.key(), amount, reason,
                threshold, proposer, now);
        proposal.originalScope = original.scope();
        proposal.originalKey = original.key();
        return proposal;
    }

    /** Below the threshold nobody else needs to look: the proposer's own proposal is its decision. */
    public boolean postsAtOnce() {
        return !needsApproval;
    }

    /** Taken on by the proposer themself when it {@link #postsAtOnce()}. */
    public void decideAtOnce(Instant now) {
        requirePending();
        this.decidedBy = proposedBy;
        this.decidedAt = now;
    }

    /** Approved by a second back-office person: never the proposer, and only while nobody decided it. */
    public void approveBy(String approver, Instant now) {
        requirePending();
        FourEyes.requireSecondPerson(proposedBy, approver);
        this.decidedBy = approver;
        this.decidedAt = now;
    }

    /** Rejected with a reason, by a second person or withdrawn by the proposer; no money moves. */
    public void rejectBy(String who, String why, Instant now) {
        String stated = FourEyes.reason(why);
        requirePending();
        this.decidedBy = who;
        this.decidedAt = now;
        this.decisionReason = stated;
        this.status = ProposalStatus.REJECTED;
    }

    /** What the money operation of the decision answered: posted with its entry, or declined with its code. */
    public void settle(Outcome outcome) {
        if (outcome.isApproved()) {
            this.status = ProposalStatus.POSTED;
            this.entryId = outcome.entryId();
        } else {
            this.status = ProposalStatus.DECLINED;
            this.declineCode = outcome.code();
        }
    }

    private void requirePending() {
        if (status != ProposalStatus.PENDING || decidedBy != null) {
            throw new CorrectionRefusal(CorrectionRefusal.Code.ALREADY_DECIDED, "Proposal " + id + " is decided already");
        }
    }

    public OperationKey postingKey() {
        return new OperationKey(SCOPE, "proposal-" + id);
    }

    public PurseRef purse() {
        return cardId != null ? PurseRef.ofCard(CardRef.id(cardId)) : PurseRef.ofContract(contractNumber);
    }

    public OperationKey original() {
        return new OperationKey(originalScope, originalKey);
    }

    public Long id() {
        return id;
    }

    public ProposalKind kind() {
        return kind;
    }

    public ProposalStatus status() {
        return status;
    }

    public Long cardId() {
        return cardId;
    }

    public String shownAs() {
        return shownAs;
    }

    public Amount amount() {
        return Amount.ofMinorUnits(amountMinor, currency);
    }

    public String reason() {
        return reason;
    }

    public boolean needsApproval() {
        return needsApproval;
    }

    public String proposedBy() {
        return proposedBy;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decisionReason() {
        return decisionReason;
    }

    public Long entryId() {
        return entryId;
    }

    public String declineCode() {
        return declineCode;
    }
}
