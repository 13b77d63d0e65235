package org.cardhub.corrections.entity;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.payments.entity.DeclineCode;
import org.cardhub.payments.entity.OperationKey;
import org.cardhub.payments.entity.Outcome;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Four eyes: from the threshold on (a credit or a debit alike) a proposal waits for a second person, who is never the
 * proposer; a decided proposal is decided once; every proposal and rejection has a reason.
 */
class ProposalTest {

    private static final Amount THRESHOLD = rub("5000.00");
    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    @Test
    void belowTheThresholdAProposalPostsAtOnceFromItOnItWaits() {
        assertThat(correction("4999.99").postsAtOnce()).isTrue();
        assertThat(correction("-4999.99").postsAtOnce()).isTrue();
        assertThat(correction("5000.00").postsAtOnce()).isFalse();
        assertThat(correction("-5000.00").postsAtOnce()).isFalse();
        assertThat(correction("12000.00").needsApproval()).isTrue();
        assertThat(FourEyes.needsApproval(rub("0.01"), Amount.zero(Currency.RUB))).as("a threshold of zero: all wait").isTrue();
    }

    @Test
    void theProposerNeverApprovesTheirOwnProposal() {
        Proposal proposal = correction("7000.00");

        CorrectionRefusal refused = catchThrowableOfType(CorrectionRefusal.class, () -> proposal.approveBy("admin", NOW));

        assertThat(refused.code()).isEqualTo(CorrectionRefusal.Code.OWN_PROPOSAL);
        assertThat(proposal.status()).isEqualTo(ProposalStatus.PENDING);
        assertThat(proposal.decidedBy()).isNull();
    }

    @Test
    void aSecondPersonApprovesAndTheOutcomeOfThePostingIsKept() {
        Proposal proposal = correction("7000.00");

        proposal.approveBy("admin2", NOW);
        proposal.settle(Outcome.approved(42L, null, null, rub("7000.00"), null, null));

        assertThat(proposal.status()).isEqualTo(ProposalStatus.POSTED);
        assertThat(proposal.entryId()).isEqualTo(42L);
        assertThat(proposal.decidedBy()).isEqualTo("admin2");
        assertThat(proposal.decidedAt()).isEqualTo(NOW);
    }

    @Test
    void aPostingTheBooksDeclineIsKeptWithItsCode() {
        Proposal proposal = correction("-7000.00");

        proposal.approveBy("admin2", NOW);
        proposal.settle(Outcome.declined(DeclineCode.INSUFFICIENT_FUNDS, "no"));

        assertThat(proposal.status()).isEqualTo(ProposalStatus.DECLINED);
        assertThat(proposal.declineCode()).isEqualTo("INSUFFICIENT_FUNDS");
    }

    @Test
    void aDecidedProposalIsNeverDecidedAgain() {
        Proposal approved = correction("7000.00");
        approved.approveBy("admin2", NOW);
        Proposal rejected = correction("7000.00");
        rejected.rejectBy("admin2", "Дубликат", NOW);

        assertThat(catchThrowableOfType(CorrectionRefusal.class, () -> approved.approveBy("admin3", NOW)).code())
                .isEqualTo(CorrectionRefusal.Code.ALREADY_DECIDED);
        assertThat(catchThrowableOfType(CorrectionRefusal.class, () -> approved.rejectBy("admin3", "нет", NOW)).code())
                .isEqualTo(CorrectionRefusal.Code.ALREADY_DECIDED);
        assertThat(catchThrowableOfType(CorrectionRefusal.class, () -> rejected.approveBy("admin3", NOW)).code())
                .isEqualTo(CorrectionRefusal.Code.ALREADY_DECIDED);
        assertThat(rejected.status()).isEqualTo(ProposalStatus.REJECTED);
        assertThat(rejected.decisionReason()).isEqualTo("Дубликат");
    }

    @Test
    void aRejectionNeedsAReasonAndTheProposerMayWithdraw() {
        Proposal proposal = correction("7000.00");

        assertThat(catchThrowableOfType(CorrectionRefusal.class, () -> proposal.rejectBy("admin2", "  ", NOW)).code())
                .isEqualTo(CorrectionRefusal.Code.REASON_REQUIRED);
        assertThat(proposal.status()).isEqualTo(ProposalStatus.PENDING);
        proposal.rejectBy("admin", "Ошибся суммой", NOW);
        assertThat(proposal.status()).isEqualTo(ProposalStatus.REJECTED);
    }

    @Test
    void badProposalsAreRefusedWithTheirCode() {
        assertThat(refusal(() -> correction("0.00"))).isEqualTo(CorrectionRefusal.Code.AMOUNT_ZERO);
        assertThat(refusal(() -> Proposal.correction(1L, null, "1234", rub("10.00"), null, THRESHOLD, "admin", NOW)))
                .isEqualTo(CorrectionRefusal.Code.REASON_REQUIRED);
        assertThat(refusal(() -> Proposal.correction(1L, null, "1234", rub("10.00"), "x".repeat(501), THRESHOLD, "admin", NOW)))
                .isEqualTo(CorrectionRefusal.Code.REASON_TOO_LONG);
        assertThat(refusal(() -> Proposal.correction(null, null, "", rub("10.00"), "why", THRESHOLD, "admin", NOW)))
                .isEqualTo(CorrectionRefusal.Code.TARGET_REQUIRED);
        assertThat(refusal(() -> Proposal.correction(1L, "C-1", "", rub("10.00"), "why", THRESHOLD, "admin", NOW)))
                .isEqualTo(CorrectionRefusal.Code.TARGET_REQUIRED);
    }

    @Test
    void aReversalNamesItsOperationAndWaitsByTheOperationsAmount() {
        Proposal reversal = Proposal.reversal(new OperationKey("terminal:FUEL-0001", "ev-1"), rub("6000.00"), " Двойное списание ",
                THRESHOLD, "admin", NOW);

        assertThat(reversal.original()).isEqualTo(new OperationKey("terminal:FUEL-0001", "ev-1"));
        assertThat(reversal.needsApproval()).isTrue();
        assertThat(reversal.reason()).isEqualTo("Двойное списание");
        assertThat(reversal.kind()).isEqualTo(ProposalKind.REVERSAL);
    }

    private static Proposal correction(String amount) {
        return Proposal.correction(7L, null, "**** 1234", rub(amount), "Ошибка кассира", THRESHOLD, "admin", NOW);
    }

    private static CorrectionRefusal.Code refusal(Runnable proposal) {
        return catchThrowableOfType(CorrectionRefusal.class, proposal::run).code();
    }

    private static Amount rub(String amount) {
        return Amount.parse(amount, Currency.RUB);
    }
}
