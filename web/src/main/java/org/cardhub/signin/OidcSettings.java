package org.cardhub.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the realm is and who this application is to it; read from MicroProfile Config so the launcher
 * (or an operator) sets them per environment. Referenced by expression from {@link SignInDefinition}.
 */
@Named
@ApplicationScoped
public class OidcSettings {

    @Inject
    @ConfigProperty(name = "cardhub.oidc.provider-uri")
    String providerUri;

    @Inject
    @ConfigProperty(name = "cardhub.oidc.client-id", defaultValue = "cardhub-web")
    String clientId;

    @Inject
    @ConfigProperty(name = "cardhub.oidc.client-secret")
    String clientSecret;

    @Inject
    @ConfigProperty(name = "cardhub.oidc.audience", defaultValue = "cardhub")
    String audience;

    public String getProviderUri() {
        return providerUri;
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    public String getAudience() {
        return audience;
    }
}
