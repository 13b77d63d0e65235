package org.cardhub.webhooks.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cardhub.webhooks.entity.BackOff;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * The installation's webhook settings (MicroProfile Config; README, "Partner webhooks"): the back-off, the attempts, the
 * timeouts, and whether endpoints may be plain http to this machine (tests and the demo only).
 */
@ApplicationScoped
public class WebhookSettings {

    @Inject
    @ConfigProperty(name = "cardhub.webhooks.allow-local-http", defaultValue = "false")
    boolean allowLocalHttp;

    @Inject
    @ConfigProperty(name = "cardhub.webhooks.base-delay-seconds", defaultValue = "10")
    long baseDelaySeconds;

    @Inject
    @ConfigProperty(name = "cardhub.webhooks.max-delay-seconds", defaultValue = "3600")
    long maxDelaySeconds;

    @Inject
    @ConfigProperty(name = "cardhub.webhooks.max-attempts", defaultValue = "8")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "cardhub.webhooks.connect-timeout-seconds", defaultValue = "5")
    long connectTimeoutSeconds;

    @Inject
    @ConfigProperty(name = "cardhub.webhooks.request-timeout-seconds", defaultValue = "5")
    long requestTimeoutSeconds;

    public boolean allowLocalHttp() {
        return allowLocalHttp;
    }

    public BackOff backOff() {
        return new BackOff(Duration.ofSeconds(baseDelaySeconds), Duration.ofSeconds(Math.max(maxDelaySeconds, baseDelaySeconds)),
                maxAttempts);
    }

    public Duration connectTimeout() {
        return Duration.ofSeconds(connectTimeoutSeconds);
    }

    public Duration requestTimeout() {
        return Duration.ofSeconds(requestTimeoutSeconds);
    }

    /** How long a dispatcher run holds what it claimed: well past the longest send, so a crashed run's rows come back. */
    public Duration lease() {
        return connectTimeout().plus(requestTimeout()).multipliedBy(2).plusSeconds(30);
    }
}
