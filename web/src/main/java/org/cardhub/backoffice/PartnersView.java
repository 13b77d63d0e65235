package org.cardhub.backoffice;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.cabinet.Language;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.cabinet.SignedInUser;
import org.cardhub.partners.boundary.PartnerDesk;
import org.cardhub.partners.entity.PartnerDeskRefusal;
import org.cardhub.partners.entity.PartnerListing;
import org.cardhub.signin.StepUp;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The partners page: each partner system with its programmes and last day's requests, a chart of one partner's
 * requests by hour or day and answer, and a new client secret issued through Keycloak — only after a fresh one-time
 * code ({@link StepUp}): without one the browser goes to Keycloak for it and comes back here with the partner named
 * ({@value #ROTATE}), to confirm the rotation with a click (a sign-in's return never changes anything by itself). The
 * new secret is shown once, in a dialog, and forgotten when it closes.
 */
@Named
@ViewScoped
public class PartnersView implements Serializable {

    static final String PAGE = "/cabinet/backoffice/partners.xhtml";
    static final String ROTATE = "rotate";
    private static final long serialVersionUID = 1L;

    @Inject
    PartnerDesk desk;

    @Inject
    StepUp stepUp;

    @Inject
    SignedInUser user;

    @Inject
    Language language;

    private List<PartnerListing> partners;
    private String chosen;
    private PartnerDesk.Span span = PartnerDesk.Span.HOURS;
    private String chart;
    private String pendingRotation;
    private String issuedSecret;
    private String issuedFor;

    @PostConstruct
    void init() {
        partners = desk.partners();
        String asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(ROTATE);
        if (asked != null && isPartner(asked) && stepUp.isRecentFor(user.getSubject())) {
            pendingRotation = asked;
        }
        chosen = pendingRotation != null ? pendingRotation : partners.isEmpty() ? null : partners.get(0).clientId();
        draw();
    }

    public void showRates(String clientId) {
        if (isPartner(clientId)) {
            chosen = clientId;
            draw();
        }
    }

    public void changeSpan() {
        draw();
    }

    /** A new secret for the partner, now if the one-time code is fresh, after Keycloak has asked for it otherwise. */
    public void rotate(String clientId) throws IOException {
        if (!isPartner(clientId)) {
            PageMessages.refuse(null, "partners.refusal.UNKNOWN_PARTNER", clientId);
            return;
        }
        if (!stepUp.isRecentFor(user.getSubject())) {
            stepUp.demand(PAGE + "?" + ROTATE + "=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8));
            return;
        }
        issue(clientId);
    }

    /** The rotation asked for before the one-time code, confirmed on the way back. */
    public void confirmRotation() throws IOException {
        String clientId = pendingRotation;
        pendingRotation = null;
        if (clientId != null) {
            rotate(clientId);
        }
    }

    public void cancelRotation() {
        pendingRotation = null;
    }

    /** The secret has been copied: it leaves the page for good. */
    public void forget() {
        issuedSecret = null;
        issuedFor = null;
    }

    private void issue(String clientId) {
        try {
            issuedSecret = desk.rotateSecret(clientId);
            issuedFor = clientId;
            PageMessages.info("partners.rotated", clientId);
        } catch (PartnerDeskRefusal refused) {
            PageMessages.refuse(null, "partners.refusal." + refused.code().name(), clientId);
        }
    }

    private void draw() {
        if (chosen == null) {
            chart = null;
            return;
        }
        ResourceBundle bundle = ResourceBundle.getBundle(AuditView.BUNDLE, language.getLocale());
        chart = PartnerRateChart.of(desk.rates(chosen, span), span, ZonedDateTime.now(AuditFilterForm.MOSCOW),
                language.getLocale(), bundle::getString);
    }

    private boolean isPartner(String clientId) {
        return partners.stream().anyMatch(partner -> partner.clientId().equals(clientId));
    }

    public String chosenName() {
        return partners.stream().filter(partner -> partner.clientId().equals(chosen)).map(PartnerListing::name)
                .findFirst().orElse("");
    }

    public List<PartnerListing> getPartners() {
        return partners;
    }

    public String getChosen() {
        return chosen;
    }

    public String getChart() {
        return chart;
    }

    public PartnerDesk.Span getSpan() {
        return span;
    }

    public void setSpan(PartnerDesk.Span span) {
        this.span = span == null ? PartnerDesk.Span.HOURS : span;
    }

    public List<PartnerDesk.Span> getSpans() {
        return List.of(PartnerDesk.Span.values());
    }

    public String getPendingRotation() {
        return pendingRotation;
    }

    public String getIssuedSecret() {
        return issuedSecret;
    }

    public String getIssuedFor() {
        return issuedFor;
    }
}
