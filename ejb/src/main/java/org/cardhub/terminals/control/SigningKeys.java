package org.cardhub.terminals.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.secrets.SecretVault;
import org.cardhub.terminals.entity.ActiveTerminal;
import org.cardhub.terminals.entity.Terminal;
import org.cardhub.terminals.entity.TerminalProduct;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Active terminals with their opened signing keys and their products, kept for a few seconds so that every message does
 * not cost database reads and a decryption. A rotation, a disabling or a price change on this node takes effect at
 * once; on other nodes of a cluster within {@link #FRESHNESS}.
 */
@ApplicationScoped
public class SigningKeys {

    static final Duration FRESHNESS = Duration.ofSeconds(10);

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
                : Optional.of(new ActiveTerminal(terminal.id(), terminal.kind(), terminal.organizationId(),
                terminal.station(), terminal.region(), vault.open(terminal.sealedKey()), productsOf(terminal.id())));
        cache.put(id, new Cached(active, Instant.now().plus(FRESHNESS)));
        return active;
    }

    private Map<String, TerminalProduct> productsOf(String terminalId) {
        return em.createQuery("SELECT p FROM TerminalProduct p WHERE p.terminalId = :terminal", TerminalProduct.class)
                .setParameter("terminal", terminalId).getResultStream()
                .collect(Collectors.toMap(TerminalProduct::productCode, product -> product));
    }

    public void forget(String terminalId) {
        cache.remove(terminalId);
    }
}
