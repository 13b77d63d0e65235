package org.cardhub.signin;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * How long a cabinet session may sit idle: {@code cardhub.session.idle-minutes} (20 by default, as the realm's SSO session
 * idle timeout of 1200 s, so the cabinet and Keycloak forget a person at the same time), or
 * {@code cardhub.session.idle-seconds} when set (finer, for tests and operators). Read when each session starts.
 */
final class IdleTimeout {

    static final String MINUTES = "cardhub.session.idle-minutes";
    static final String SECONDS = "cardhub.session.idle-seconds";
    static final int DEFAULT_MINUTES = 20;

    private static final Logger LOG = Logger.getLogger(IdleTimeout.class.getName());

    private final Supplier<Iterable<ConfigSource>> sources;

    IdleTimeout(Supplier<Iterable<ConfigSource>> sources) {
        this.sources = sources;
    }

    static IdleTimeout ofTheConfiguration() {
        return new IdleTimeout(() -> ConfigProvider.getConfig().getConfigSources());
    }

    int seconds() {
        int seconds = live(SECONDS);
        if (seconds > 0) {
            return seconds;
        }
        int minutes = live(MINUTES);
        return 60 * (minutes > 0 ? minutes : DEFAULT_MINUTES);
    }

    /**
     * The value set now, 0 if none or not a positive number. Payara caches what Config answers for a minute; the
     * sources, highest ordinal first as Config ranks them, answer what an operator set a moment ago.
     */
    private int live(String name) {
        for (ConfigSource source : sources.get()) {
            String value = source.getValue(name);
            if (value != null) {
                try {
                    return Math.max(0, Integer.parseInt(value.strip()));
                } catch (NumberFormatException notANumber) {
                    LOG.warning(() -> name + " is not a number of whole " + (name.equals(SECONDS) ? "seconds" : "minutes")
                            + ": " + value);
                    return 0;
                }
            }
        }
        return 0;
    }
}
