package org.cardhub.payments.boundary;

import org.cardhub.payments.entity.OfflineReview;
import org.cardhub.payments.entity.OfflineReviewFilter;
import org.cardhub.payments.entity.OfflineReviewRefusal;
import org.cardhub.payments.entity.OperationKey;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An offline review's decisions and the queue's filters, without a database. */
class OfflineReviewRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    @Test
    void aChargeBackNeedsAReasonAnAcceptanceDoesNot() {
        assertRefused(() -> OfflineReview.decisionReason("  ", true), OfflineReviewRefusal.Code.REASON_REQUIRED);
        assertRefused(() -> OfflineReview.decisionReason(null, true), OfflineReviewRefusal.Code.REASON_REQUIRED);
        assertRefused(() -> OfflineReview.decisionReason("x".repeat(501), false), OfflineReviewRefusal.Code.REASON_TOO_LONG);
        assertThat(OfflineReview.decisionReason(" ", false)).isNull();
        assertThat(OfflineReview.decisionReason("  card was stolen ", true)).isEqualTo("card was stolen");
    }

    @Test
    void aReviewIsDecidedOnce() {
        OfflineReview review = posted();

        review.accept("admin", null, NOW);

        assertThat(review.status()).isEqualTo(OfflineReview.Status.ACCEPTED);
        assertThat(review.decidedBy()).isEqualTo("admin");
        assertThat(review.decidedAt()).isEqualTo(NOW);
        assertRefused(() -> review.accept("other", null, NOW), OfflineReviewRefusal.Code.ALREADY_DECIDED);
        assertRefused(review::requireChargeable, OfflineReviewRefusal.Code.ALREADY_DECIDED);
    }

    @Test
    void onlyAPostedPurchaseIsChargedBackUnderTheReviewsOwnKey() {
        OfflineReview declined = new OfflineReview(new OperationKey("terminal:FUEL-0001", "e-2"), 7L, null, 150_000,
                "DECLINED/OFFLINE_FLOOR_EXCEEDED", "Not posted: over the floor", NOW);
        assertRefused(declined::requireChargeable, OfflineReviewRefusal.Code.NOT_POSTED);

        OfflineReview posted = posted();
        posted.chargedBack(99L, "admin", "stolen card", NOW);

        assertThat(posted.status()).isEqualTo(OfflineReview.Status.CHARGED_BACK);
        assertThat(posted.reversalEntryId()).isEqualTo(99L);
        assertThat(posted.decisionReason()).isEqualTo("stolen card");
        assertThat(posted.purchaseKey()).isEqualTo(new OperationKey("terminal:FUEL-0001", "e-1"));
        assertThat(posted.chargeBackKey().scope()).isEqualTo(OfflineReview.CHARGE_BACK_SCOPE);
    }

    @Test
    void theQueuesFiltersAreNamedParametersOfOneStatement() {
        OfflineReviewFilter filter = new OfflineReviewFilter(OfflineReview.Status.OPEN, NOW, NOW.plusSeconds(86_400), "FUEL-0001");

        assertThat(OfflineReviews.where(filter))
                .isEqualTo(" WHERE r.status = :status AND r.createdAt >= :from AND r.createdAt < :to AND r.source = :source");
        assertThat(OfflineReviews.parameters(filter)).containsEntry("source", "terminal:FUEL-0001")
                .containsEntry("status", OfflineReview.Status.OPEN);
        assertThat(OfflineReviews.where(new OfflineReviewFilter(null, null, null, " "))).isEmpty();
        assertThat(new OfflineReviewFilter(null, null, null, "partner:agent-demo").source()).isEqualTo("partner:agent-demo");
        assertRefused(() -> new OfflineReviewFilter(null, NOW, NOW, null), OfflineReviewRefusal.Code.PERIOD_REVERSED);
    }

    private static OfflineReview posted() {
        return new OfflineReview(new OperationKey("terminal:FUEL-0001", "e-1"), 7L, 11L, 90_000, "APPROVED/00",
                "Posted as decided offline by the terminal", NOW);
    }

    private static void assertRefused(Runnable work, OfflineReviewRefusal.Code code) {
        assertThatThrownBy(work::run).isInstanceOfSatisfying(OfflineReviewRefusal.class,
                refused -> assertThat(refused.code()).isEqualTo(code));
    }
}
