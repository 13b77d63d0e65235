package org.cardhub.backoffice;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.applicant.ApplicationInputs;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.fleet.entity.KeycloakUnavailableException;
import org.cardhub.onboarding.boundary.ApplicationReview;
import org.cardhub.onboarding.boundary.Applications;
import org.cardhub.onboarding.entity.ApplicationFilter;
import org.cardhub.onboarding.entity.ApplicationRefusal;
import org.cardhub.onboarding.entity.ApplicationRow;
import org.cardhub.onboarding.entity.ApplicationStatus;
import org.cardhub.onboarding.entity.Offer;
import org.cardhub.organizations.entity.MembershipRefusal;
import org.primefaces.PrimeFaces;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.time.Instant;

/**
 * The back office's queue of applications: those waiting, oldest first (or those of another status), each opened with
 * everything applied for and the offer accepted; approved (the contract is active, the applicant the company's
 * administrator) or rejected with the reason the applicant reads. A refusal is said on the page; nothing is written.
 */
@Named
@ViewScoped
public class ApplicationQueueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApplicationReview review;

    @Inject
    Applications applications;

    private ApplicationStatus status = ApplicationStatus.SUBMITTED;
    private LazyDataModel<ApplicationRow> table;
    private ApplicationRow chosen;
    private Offer acceptedOffer;
    private String reason;

    @PostConstruct
    void load() {
        reload();
    }

    public void statusChosen() {
        reload();
    }

    public void open(ApplicationRow row) {
        chosen = applications.find(row.id());
        acceptedOffer = chosen.offerVersion() == null ? null : applications.acceptedOffer(row.id()).orElse(null);
        reason = null;
    }

    public void approve() {
        try {
            ApplicationRow approved = review.approve(chosen.id());
            PageMessages.info("onboarding.review.approved", String.valueOf(approved.id()), approved.contractNumber());
            done();
        } catch (ApplicationRefusal refused) {
            PageMessages.refuse(null, "onboarding.error." + refused.code());
        } catch (KeycloakUnavailableException | MembershipRefusal keycloak) {
            PageMessages.refuse(null, "onboarding.error.KEYCLOAK");
        } catch (AccessDeniedException gone) {
            PageMessages.refuse(null, "onboarding.error.GONE");
        }
    }

    public void reject() {
        try {
            review.reject(chosen.id(), reason);
            PageMessages.info("onboarding.review.rejected", String.valueOf(chosen.id()));
            done();
        } catch (ApplicationRefusal refused) {
            if (refused.problems().isEmpty()) {
                PageMessages.refuse(null, "onboarding.error." + refused.code());
            } else {
                ApplicationInputs.show("decide", refused.problems(), null, null, null);
            }
        } catch (AccessDeniedException gone) {
            PageMessages.refuse(null, "onboarding.error.GONE");
        }
    }

    private void done() {
        chosen = null;
        reload();
        PrimeFaces.current().ajax().update("queue");
    }

    private void reload() {
        table = new ApplicationQueueTable(review, new ApplicationFilter(null, null, status));
    }

    public String time(Instant instant) {
        return MoscowTime.format(instant);
    }

    public ApplicationStatus[] getStatuses() {
        return ApplicationStatus.values();
    }

    public LazyDataModel<ApplicationRow> getTable() {
        return table;
    }

    public ApplicationRow getChosen() {
        return chosen;
    }

    public Offer getAcceptedOffer() {
        return acceptedOffer;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public void setStatus(ApplicationStatus status) {
        this.status = status;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
