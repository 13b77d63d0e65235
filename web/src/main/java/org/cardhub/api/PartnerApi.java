package org.cardhub.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

import java.util.Map;

@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "Cardhub partner API", version = "1",
                description = "Balances, cards, top-ups and transaction feeds for partner systems. "
                        + "Authenticate with an access token of the Keycloak realm cardhub (OAuth2 client credentials). "
                        + "Every write takes an Idempotency-Key header (required for top-ups): a repeat with the same key "
                        + "and body gets the first answer again, marked Idempotency-Replayed: true. "
                        + "Each partner has a request rate; over it the answer is 429 with Retry-After in seconds. "
                        + "Request bodies are one JSON object in UTF-8, no property named twice, at most 64 KiB. Every error is application/problem+json (RFC 9457) "
                        + "with a stable 'code'."),
        security = @SecurityRequirement(name = "keycloak"))
@SecurityScheme(securitySchemeName = "terminal", type = SecuritySchemeType.HTTP, scheme = "Terminal",
        description = "Terminals sign the request with their key: 'Terminal <id>:<unix seconds>:<HMAC-SHA256 hex>'")
@SecurityScheme(securitySchemeName = "keycloak", type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT",
        description = "An access token of the Keycloak realm cardhub, obtained with the OAuth2 client credentials grant")
public class PartnerApi extends Application {

    /** Jersey enforces {@code @RolesAllowed} on resources only with this feature switched on. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.provider.classnames",
                "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature");
    }
}
