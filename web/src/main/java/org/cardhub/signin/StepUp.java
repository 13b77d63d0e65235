package org.cardhub.signin;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A second factor for the few actions that need more than a sign-in (a correction, a full card number, a partner's
 * new credentials): the person confirmed a one-time code at Keycloak a moment ago. {@link #demand} sends the browser
 * to Keycloak asking for the higher level of authentication; {@link StepUpServlet} checks the answer and calls
 * {@link #confirmed}. A confirmation holds for {@link #FRESH_FOR}, for the person who gave it only.
 */
@Named
@SessionScoped
public class StepUp implements Serializable {

    public static final Duration FRESH_FOR = Duration.ofMinutes(5);
    private static final long serialVersionUID = 1L;

    private String subject;
    private Instant confirmedAt;
    private String refusal;
    private transient Clock clock = Clock.systemUTC();

    /** Whether the given person confirmed a one-time code within the last {@link #FRESH_FOR}. */
    public boolean isRecentFor(String caller) {
        return confirmedAt != null && caller != null && caller.equals(subject)
                && !now().isAfter(confirmedAt.plus(FRESH_FOR));
    }

    /** Sends the browser to ask for the one-time code, and afterwards back to {@code returnTo} (a path in the app). */
    public void demand(String returnTo) throws IOException {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + StepUpServlet.START
                + "?return=" + URLEncoder.encode(returnTo, StandardCharsets.UTF_8));
        FacesContext.getCurrentInstance().responseComplete();
    }

    void confirmed(String caller, Instant at) {
        this.subject = caller;
        this.confirmedAt = at;
        this.refusal = null;
    }

    void refused(StepUpServlet.Refusal why) {
        this.refusal = "stepup.refused." + why.name();
    }

    /**
     * The message key of why the last step-up confirmed nothing ({@code stepup.refused.CANCELLED}, ...), once: the page
     * it returned to shows it and it is gone; empty when it did not fail.
     */
    public Optional<String> takeRefusal() {
        Optional<String> taken = Optional.ofNullable(refusal);
        refusal = null;
        return taken;
    }

    private Instant now() {
        if (clock == null) {
            clock = Clock.systemUTC();
        }
        return clock.instant();
    }
}
