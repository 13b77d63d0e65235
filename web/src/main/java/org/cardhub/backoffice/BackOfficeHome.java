package org.cardhub.backoffice;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.cardhub.wallets.boundary.IdentificationDesk;
import org.cardhub.corrections.boundary.CorrectionDesk;
import org.cardhub.onboarding.boundary.ApplicationReview;
import org.cardhub.onboarding.entity.ApplicationFilter;
import org.cardhub.onboarding.entity.ApplicationStatus;
import org.cardhub.payments.boundary.OfflineReviews;
import org.cardhub.payments.entity.OfflineReviewFilter;
import org.cardhub.webhooks.boundary.WebhookDesk;

import java.util.List;

/**
 * The back office's home: what waits for a person — applications to approve, corrections for a second pair of eyes,
 * offline purchases to review, wallet holders asking to be identified, partners' webhooks given up — each counted in
 * the database and linked to its page.
 */
@Named
@RequestScoped
public class BackOfficeHome {

    /** One kind of waiting work: its label and empty text in the bundle, how many, where it is done. */
    public record Waiting(String id, String labelKey, String icon, long count, String page) {
    }

    @EJB
    ApplicationReview applications;

    @EJB
    CorrectionDesk corrections;

    @EJB
    OfflineReviews offlineReviews;

    @EJB
    WebhookDesk webhooks;

    @EJB
    IdentificationDesk identifications;

    private List<Waiting> waiting;

    public List<Waiting> getWaiting() {
        if (waiting == null) {
            waiting = List.of(
                    new Waiting("waiting-applications", "bo.home.applications", "pi pi-check-square",
                            applications.count(new ApplicationFilter(null, null, ApplicationStatus.SUBMITTED)),
                            "/cabinet/backoffice/applications.xhtml"),
                    new Waiting("waiting-corrections", "bo.home.corrections", "pi pi-sliders-h", corrections.count(true),
                            "/cabinet/backoffice/corrections.xhtml"),
                    new Waiting("waiting-offline", "bo.home.offline", "pi pi-wifi",
                            offlineReviews.count(OfflineReviewFilter.OPEN), "/cabinet/backoffice/offline-review.xhtml"),
                    new Waiting("waiting-identifications", "bo.home.identifications", "pi pi-id-card",
                            identifications.countWaiting(), "/cabinet/backoffice/identifications.xhtml"),
                    new Waiting("waiting-webhooks", "bo.home.webhooks", "pi pi-send", webhooks.deadCount(),
                            "/cabinet/backoffice/webhooks.xhtml"));
        }
        return waiting;
    }
}
