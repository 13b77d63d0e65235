package org.cardhub.backoffice;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.cabinet.Formats;
import org.cardhub.cabinet.Language;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.cabinet.PagedTable;
import org.cardhub.cabinet.SignedInUser;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.payments.boundary.OfflineReviews;
import org.cardhub.payments.entity.OfflineReview;
import org.cardhub.payments.entity.OfflineReviewFilter;
import org.cardhub.payments.entity.OfflineReviewRefusal;
import org.cardhub.payments.entity.OfflineReviewRow;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The queue of offline purchases: filtered by status, arrival and terminal and paged in the database; each open one
 * accepted, or — when it was posted — charged back with a reason. A refused decision (no reason, decided meanwhile)
 * says why on the page and writes nothing.
 */
@Named
@ViewScoped
public class OfflineReviewView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OfflineReviews reviews;

    @Inject
    Language language;

    @Inject
    SignedInUser user;

    private OfflineReview.Status status = OfflineReview.Status.OPEN;
    private LocalDate from;
    private LocalDate to;
    private String source;
    private OfflineReviewFilter filter = OfflineReviewFilter.OPEN;
    private LazyDataModel<OfflineReviewRow> table;
    private Long chosen;
    private String reason;

    @PostConstruct
    void init() {
        show();
    }

    public void show() {
        try {
            filter = new OfflineReviewFilter(status, from == null ? null : from.atStartOfDay(AuditFilterForm.MOSCOW).toInstant(),
                    to == null ? null : to.plusDays(1).atStartOfDay(AuditFilterForm.MOSCOW).toInstant(), source);
        } catch (OfflineReviewRefusal refused) {
            PageMessages.refuse("offline:to", "offline.refusal." + refused.code().name());
            return;
        }
        OfflineReviewFilter shown = filter;
        table = new PagedTable<>(() -> reviews.count(shown), (first, max) -> reviews.page(shown, first, max),
                row -> String.valueOf(row.review().id()));
    }

    public void accept(long reviewId) {
        try {
            reviews.accept(reviewId, null);
            PageMessages.info("offline.accepted", String.valueOf(reviewId));
        } catch (OfflineReviewRefusal refused) {
            PageMessages.refuse(null, "offline.refusal." + refused.code().name(), String.valueOf(reviewId));
        }
    }

    /** Opens the charge-back's dialog for a review. */
    public void choose(long reviewId) {
        chosen = reviewId;
        reason = null;
    }

    public void chargeBack() {
        if (chosen == null) {
            return;
        }
        try {
            reviews.chargeBack(chosen, reason);
            PageMessages.info("offline.chargedBack", String.valueOf(chosen));
            chosen = null;
            reason = null;
        } catch (OfflineReviewRefusal refused) {
            boolean aboutReason = refused.code() == OfflineReviewRefusal.Code.REASON_REQUIRED
                    || refused.code() == OfflineReviewRefusal.Code.REASON_TOO_LONG;
            PageMessages.refuse(aboutReason ? "chargeBack:reason" : null, "offline.refusal." + refused.code().name(),
                    String.valueOf(chosen));
        }
    }

    public String amount(long minorUnits) {
        return Formats.amount(Amount.ofMinorUnits(minorUnits, Currency.RUB), language.getLocale());
    }

    public String time(Instant instant) {
        return MoscowTime.format(instant);
    }

    /** Where the purchase came from: a terminal by its id, anything else by its name. */
    public String source(String written) {
        return written != null && written.startsWith("terminal:")
                ? PageMessages.text("audit.terminal", written.substring("terminal:".length())) : written;
    }

    /** What the terminal's decision came to: posted, or why not, in words. */
    public String outcome(OfflineReview review) {
        if (review.isPosted()) {
            return PageMessages.text("offline.outcome.posted");
        }
        String code = review.outcome() == null ? "" : review.outcome().substring(review.outcome().indexOf('/') + 1);
        ResourceBundle bundle = ResourceBundle.getBundle(AuditView.BUNDLE, language.getLocale());
        String key = "offline.decline." + code;
        return PageMessages.text("offline.outcome.declined",
                bundle.containsKey(key) ? bundle.getString(key) : bundle.getString("offline.decline.other"));
    }

    public String decidedBy(OfflineReview review) {
        return review.decidedBy() == null ? "" : AuditTexts.of(ResourceBundle.getBundle(AuditView.BUNDLE, language.getLocale()))
                .who(review.decidedBy(), user.getSubject() == null ? Map.of() : Map.of(user.getSubject(), user.getDisplayName()));
    }

    public List<OfflineReview.Status> getStatuses() {
        return List.of(OfflineReview.Status.values());
    }

    public LazyDataModel<OfflineReviewRow> getTable() {
        return table;
    }

    public OfflineReview.Status getStatus() {
        return status;
    }

    public void setStatus(OfflineReview.Status status) {
        this.status = status;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public Long getChosen() {
        return chosen;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
