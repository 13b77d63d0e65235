package org.cardhub.signin;

import com.nimbusds.jwt.JWTClaimsSet;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

/**
 * What a logout token must say, by OpenID Connect Back-Channel Logout 1.0 (§2.4, §2.6), once its signature checked out:
 * issued by the realm, for this client, just now, the back-channel logout event, no nonce (so an ID token cannot pass for
 * one), and the Keycloak session it ends ({@code sid}: the client asks for it, "session required").
 */
final class LogoutTokenRules {

    static final String EVENT = "http://schemas.openid.net/event/backchannel-logout";
    /** How old a logout token may be: Keycloak posts it the moment the session ends. */
    static final Duration FRESH_FOR = Duration.ofMinutes(2);
    /** How far the realm's clock may run ahead of ours. */
    static final Duration SKEW = Duration.ofSeconds(30);

    private LogoutTokenRules() {
    }

    /** The Keycloak session the token ends. @throws LogoutTokenRefused naming the rule it breaks */
    static String sessionEnded(JWTClaimsSet claims, String issuer, String clientId, Instant now) {
        if (!issuer.equals(claims.getIssuer())) {
            throw new LogoutTokenRefused("not issued by the realm");
        }
        if (claims.getAudience() == null || !claims.getAudience().contains(clientId)) {
            throw new LogoutTokenRefused("not addressed to " + clientId);
        }
        Date issued = claims.getIssueTime();
        if (issued == null) {
            throw new LogoutTokenRefused("no iat");
        }
        if (issued.toInstant().isBefore(now.minus(FRESH_FOR)) || issued.toInstant().isAfter(now.plus(SKEW))) {
            throw new LogoutTokenRefused("iat is not fresh");
        }
        Date expires = claims.getExpirationTime();
        if (expires != null && !expires.toInstant().plus(SKEW).isAfter(now)) {
            throw new LogoutTokenRefused("expired");
        }
        if (claims.getClaim("nonce") != null) {
            throw new LogoutTokenRefused("a logout token has no nonce");
        }
        Map<String, Object> events;
        try {
            events = claims.getJSONObjectClaim("events");
        } catch (ParseException notAnObject) {
            throw new LogoutTokenRefused("events is not an object");
        }
        if (events == null || !(events.get(EVENT) instanceof Map)) {
            throw new LogoutTokenRefused("no back-channel logout event");
        }
        Object sid = claims.getClaim("sid");
        if (!(sid instanceof String session) || session.isBlank()) {
            throw new LogoutTokenRefused("no sid");
        }
        return session;
    }
}
