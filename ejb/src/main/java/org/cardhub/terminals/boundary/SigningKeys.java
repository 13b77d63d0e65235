package org.cardhub.terminals.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.secrets.boundary.SecretVault;
import org.cardhub.terminals.entity.Terminal;
import org.cardhub.terminals.entity.TerminalKind;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Active terminals with their opened signing keys, kept for a few seconds so that every message does
 * not cost a database read and a decryption. A rotation or a disabling on this node takes effect at
 * once; on other nodes of a cluster within {@link #FRESHNESS}.
 */
@ApplicationScoped
public class SigningKeys {

    static final Duration FRESHNESS = Duration.ofSeconds(10);

    /** What the event handling needs of a terminal; the key is the opened HMAC key. */
    public record ActiveTerminal(String id, TerminalKind kind, String station, String region, String key) {
        public String source() {
            return "terminal:" + id;
        }
    }

    private record Cached(Optional<ActiveTerminal> terminal, Instant until) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    SecretVault vault;

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public Optional<ActiveTerminal> active(String terminalId) {
        if (terminalId == null || terminalId.isBlank() || terminalId.length() > 32) {
            return Optional.empty();
        }
        String id = terminalId.strip().toUpperCase(Locale.ROOT);
        Cached cached = cache.get(id);
        if (cached != null && cached.until().isAfter(Instant.now())) {
            return cached.terminal();
        }
        Terminal terminal = em.find(Terminal.class, id);
        Optional<ActiveTerminal> active = terminal == null || !terminal.isActive() ? Optional.empty()
                : Optional.of(new ActiveTerminal(terminal.id(), terminal.kind(), terminal.station(), terminal.region(),
                vault.open(terminal.sealedKey())));
        cache.put(id, new Cached(active, Instant.now().plus(FRESHNESS)));
        return active;
    }

    void forget(String terminalId) {
        cache.remove(terminalId);
    }
}
