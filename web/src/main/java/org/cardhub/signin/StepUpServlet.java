package org.cardhub.signin;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.text.ParseException;
import java.time.Instant;
import java.util.Optional;

/**
 * The step-up round trip. {@link #START} sends the signed-in person to Keycloak asking for level 2 ({@code acr_values=gold})
 * with this request's own state, nonce and PKCE challenge kept in the HTTP session; Keycloak, which already knows them at
 * level 1, asks only for the one-time code and returns the browser to {@link #DONE}. There the code is exchanged, the ID
 * token checked (signature, issuer, audience, nonce), and it must name the person signed in here at level {@code gold}:
 * then {@link StepUp} records the confirmation and the browser goes back to the page it came from — a path of this
 * application only. A refusal or a cancel at Keycloak goes back there too, with {@link StepUp#takeRefusal()} saying why.
 */
@WebServlet({StepUpServlet.START, StepUpServlet.DONE})
public class StepUpServlet extends HttpServlet {

    static final String START = "/stepup";
    static final String DONE = "/stepup/done";
    private static final String PENDING = StepUpServlet.class.getName() + ".pending";
    private static final long serialVersionUID = 1L;

    @Inject
    StepUp stepUp;

    @Inject
    StepUpTokens tokens;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getUserPrincipal() == null) {
            response.sendRedirect(request.getContextPath() + StepUpRequest.HOME);
            return;
        }
        if (DONE.equals(request.getServletPath())) {
            answer(request, response);
        } else {
            StepUpRequest pending = StepUpRequest.start(request.getParameter("return"));
            request.getSession().setAttribute(PENDING, pending);
            response.setHeader("Cache-Control", "no-store");
            response.sendRedirect(tokens.authorizationUri(pending, redirectUri(request)));
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession();
        StepUpRequest pending = (StepUpRequest) session.getAttribute(PENDING);
        session.removeAttribute(PENDING);
        if (pending == null || !pending.answers(request.getParameter("state"))) {
            stepUp.refused(Refusal.EXPIRED);
            response.sendRedirect(request.getContextPath() + (pending == null ? StepUpRequest.HOME : pending.returnTo()));
            return;
        }
        Optional<Refusal> refusal = request.getParameter("error") != null ? Optional.of(Refusal.CANCELLED)
                : confirm(request, pending);
        refusal.ifPresent(stepUp::refused);
        response.sendRedirect(request.getContextPath() + pending.returnTo());
    }

    private Optional<Refusal> confirm(HttpServletRequest request, StepUpRequest pending) {
        String code = request.getParameter("code");
        if (code == null || code.isBlank()) {
            return Optional.of(Refusal.FAILED);
        }
        String redirectUri = redirectUri(request);
        Optional<JWTClaimsSet> claims = tokens.exchange(code, pending, redirectUri).flatMap(token -> tokens.verify(token, pending));
        if (claims.isEmpty()) {
            return Optional.of(Refusal.FAILED);
        }
        String caller = request.getUserPrincipal().getName();
        Optional<Refusal> refusal = judge(caller, claims.get().getSubject(), acrOf(claims.get()));
        if (refusal.isEmpty()) {
            stepUp.confirmed(caller, Instant.now());
        }
        return refusal;
    }

    /** Whether the confirmed code is the signed-in person's, at the level asked for. */
    static Optional<Refusal> judge(String caller, String subject, String acr) {
        if (caller == null || !caller.equals(subject)) {
            return Optional.of(Refusal.OTHER_PERSON);
        }
        return StepUpTokens.LEVEL.equals(acr) ? Optional.empty() : Optional.of(Refusal.FAILED);
    }

    private static String acrOf(JWTClaimsSet claims) {
        try {
            return claims.getStringClaim("acr");
        } catch (ParseException e) {
            return null;
        }
    }

    /** Keycloak's way back: this application's address as the browser used it (the realm allows any path of it). */
    static String redirectUri(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath() + DONE;
    }

    /** Why a step-up did not confirm anything: each has its message {@code stepup.refused.NAME}. */
    enum Refusal {
        /** The person cancelled at Keycloak, or Keycloak refused (a wrong code too often). */
        CANCELLED,
        /** The answer belonged to no step-up under way in this session (an old link, a second tab). */
        EXPIRED,
        /** The code could not be confirmed with Keycloak. */
        FAILED,
        /** Someone else confirmed a code (another account in the same browser). */
        OTHER_PERSON
    }
}
