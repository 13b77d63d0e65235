package org.cardhub.acquiring.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cardhub.acquiring.entity.TrustedSources;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Where the acquirer is and how Cardhub signs in to it, whom it trusts to notify, and where payers come back: MicroProfile
 * Config settings, with the demo's values (the emulator on 127.0.0.1:8091) as defaults. In production the secret comes
 * from the environment or a password alias, never from this file.
 */
@ApplicationScoped
public class AcquiringSettings {

    @Inject
    @ConfigProperty(name = "cardhub.acquiring.api-url", defaultValue = "http://127.0.0.1:8091/api/v3")
    String apiUrl;

    @Inject
    @ConfigProperty(name = "cardhub.acquiring.shop-id", defaultValue = "100500")
    String shopId;

    @Inject
    @ConfigProperty(name = "cardhub.acquiring.secret", defaultValue = "test_demo-shop-secret")
    String secret;

    /**
     * YooKassa pays out through a payout gateway with its own id and secret key; empty (the demo: the emulator takes the
     * shop's credentials for both) means the shop's.
     */
    @Inject
    @ConfigProperty(name = "cardhub.acquiring.payout-gateway-id")
    Optional<String> payoutGatewayId;

    @Inject
    @ConfigProperty(name = "cardhub.acquiring.payout-secret")
    Optional<String> payoutSecret;

    @Inject
    @ConfigProperty(name = "cardhub.acquiring.notification-sources", defaultValue = "127.0.0.1,::1")
    String notificationSources;

    @Inject
    @ConfigProperty(name = "cardhub.acquiring.return-base-url", defaultValue = "http://localhost:8080/cardhub")
    String returnBaseUrl;

    @Inject
    @ConfigProperty(name = "cardhub.acquiring.timeout-seconds", defaultValue = "15")
    int timeoutSeconds;

    private volatile YooKassaClient client;
    private volatile YooKassaClient payoutClient;
    private volatile TrustedSources sources;

    /** The acquirer's client, made once: it keeps one connection pool. */
    public YooKassaClient client() {
        if (client == null) {
            synchronized (this) {
                if (client == null) {
                    client = new YooKassaClient(URI.create(apiUrl.strip()), shopId.strip(), secret.strip(),
                            Duration.ofSeconds(Math.max(1, timeoutSeconds)));
                }
            }
        }
        return client;
    }

    /** The acquirer's client for payouts, signed in as the payout gateway (or the shop), made once. */
    public YooKassaClient payoutClient() {
        if (payoutClient == null) {
            synchronized (this) {
                if (payoutClient == null) {
                    String gateway = payoutGatewayId.map(String::strip).filter(id -> !id.isEmpty()).orElse(null);
                    String key = payoutSecret.map(String::strip).filter(value -> !value.isEmpty()).orElse(null);
                    boolean ownGateway = gateway != null && key != null;
                    payoutClient = new YooKassaClient(URI.create(apiUrl.strip()), ownGateway ? gateway : shopId.strip(),
                            ownGateway ? key : secret.strip(), Duration.ofSeconds(Math.max(1, timeoutSeconds)));
                }
            }
        }
        return payoutClient;
    }

    public TrustedSources notificationSources() {
        if (sources == null) {
            sources = TrustedSources.parse(notificationSources);
        }
        return sources;
    }

    /** The payer's way back from the acquirer's page to the payment's status page. */
    public String returnUrl(String paymentPublicId) {
        String base = returnBaseUrl.strip();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base)
                + "/cabinet/parent/topup-return.xhtml?payment=" + paymentPublicId;
    }
}
