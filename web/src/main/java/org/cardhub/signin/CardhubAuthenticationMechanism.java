package org.cardhub.signin;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cardhub.callers.Role;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * One web module serves people (browser, OpenID Connect code flow), partner systems (bearer tokens) and
 * terminals (requests signed with their key). Jakarta Security 3 allows a single authentication
 * mechanism per module, so this one routes: terminal paths by their signature, other machine paths by
 * their bearer token, neither ever redirected to a login page; every other path goes to the container's
 * OpenID Connect mechanism declared by {@link SignInDefinition}.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class CardhubAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final String BEARER = "Bearer ";
    private static final Logger LOG = Logger.getLogger(CardhubAuthenticationMechanism.class.getName());

    @Inject
    BeanManager beanManager;

    @Inject
    BearerTokenVerifier verifier;

    @Inject
    TerminalCredentials terminalCredentials;

    @Inject
    CabinetSessions sessions;

    @Inject
    OpenIdContext openId;

    private volatile HttpAuthenticationMechanism openIdConnect;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        if (MachinePaths.isSignInCallback(request) || MachinePaths.isStepUpReturn(request)) {
            return signInCallback(request, response, context);
        }
        if (!MachinePaths.isMachinePath(request)) {
            if (request.getUserPrincipal() != null && sessions.tookOver(request)) {
                return signedInAgain(context);
            }
            return openIdConnect().validateRequest(request, response, context);
        }
        String authorization = request.getHeader("Authorization");
        if (MachinePaths.isTerminalPath(request)) {
            Optional<String> terminal = terminalCredentials.verify(request, authorization);
            if (terminal.isEmpty()) {
                return context.isProtected() ? challenge(response, context, "Terminal", "invalid_signature") : context.doNothing();
            }
            return context.notifyContainerAboutLogin(terminal.get(), Set.of(Role.Names.TERMINAL));
        }
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return context.isProtected() ? challenge(response, context, "Bearer", null) : context.doNothing();
        }
        Optional<VerifiedCaller> caller = verifier.verify(authorization.substring(BEARER.length()).trim());
        if (caller.isEmpty()) {
            return challenge(response, context, "Bearer", "invalid_token");
        }
        return context.notifyContainerAboutLogin(caller.get().name(), new HashSet<>(caller.get().roles()));
    }

    @Override
    public AuthenticationStatus secureResponse(HttpServletRequest request, HttpServletResponse response,
                                               HttpMessageContext context) throws AuthenticationException {
        return MachinePaths.isMachinePath(request)
                ? AuthenticationStatus.SUCCESS
                : openIdConnect().secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (MachinePaths.isMachinePath(request)) {
            HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
        } else {
            openIdConnect().cleanSubject(request, response, context);
        }
    }

    /**
     * The state of a sign-in under way lives in the session it started in. A return without that session,
     * or one the OpenID Connect mechanism cannot complete (made-up code or state), signs nobody in: the
     * request goes on unauthenticated and {@link SignInCallbackServlet} shows the "sign in again" page. The return from
     * a step-up comes the same way: a session's sign-in is restored as on any page, and a step-up answer the mechanism
     * would refuse as a sign-in of its own (its state is the step-up's) leaves the request to {@link StepUpServlet}.
     */
    private AuthenticationStatus signInCallback(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (request.getSession(false) == null) {
            return context.doNothing();
        }
        try {
            AuthenticationStatus status = openIdConnect().validateRequest(request, response, context);
            return status == AuthenticationStatus.SEND_FAILURE && !response.isCommitted() ? context.doNothing() : status;
        } catch (AuthenticationException | RuntimeException e) {
            LOG.warning(() -> "Sign-in callback refused: " + e);
            return context.doNothing();
        }
    }

    /**
     * A session copied from a lost server keeps its caller's name but not the roles (the container keeps them beside
     * the session, not in it): they are read again from the session's tokens, and the session registered again.
     */
    private AuthenticationStatus signedInAgain(HttpMessageContext context) {
        String caller = openId.getSubject();
        Set<String> groups = new HashSet<>(Optional.ofNullable(openId.getAccessToken())
                .map(token -> token.getJwtClaims().getArrayStringClaim(SignInDefinition.GROUPS_CLAIM))
                .filter(claimed -> !claimed.isEmpty())
                .orElseGet(() -> openId.getIdentityToken().getJwtClaims().getArrayStringClaim(SignInDefinition.GROUPS_CLAIM)));
        LOG.info(() -> "A session signed in on another server is held here now");
        context.setRegisterSession(caller, groups);
        return context.notifyContainerAboutLogin(caller, groups);
    }

    private static AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context,
                                                  String scheme, String error) {
        response.setHeader("WWW-Authenticate", scheme + " realm=\"cardhub\""
                + (error == null ? "" : ", error=\"" + error + "\""));
        return context.responseUnauthorized();
    }

    /**
     * The container registers its OpenID Connect mechanism as an ordinary bean of the interface type;
     * this alternative shadows it for injection, so it is looked up among all beans of the type.
     */
    private HttpAuthenticationMechanism openIdConnect() {
        if (openIdConnect == null) {
            Bean<?> bean = beanManager.getBeans(HttpAuthenticationMechanism.class).stream()
                    .filter(candidate -> !candidate.getBeanClass().equals(CardhubAuthenticationMechanism.class))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("The OpenID Connect mechanism is not installed"));
            openIdConnect = (HttpAuthenticationMechanism) beanManager.getReference(
                    bean, HttpAuthenticationMechanism.class, beanManager.createCreationalContext(bean));
        }
        return openIdConnect;
    }
}
