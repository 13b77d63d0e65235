package org.cardhub.terminals.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.contracts.entity.Programme;
import org.cardhub.secrets.boundary.SecretVault;
import org.cardhub.terminals.entity.Terminal;
import org.cardhub.terminals.entity.TerminalKind;
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

    /** What the event handling needs of a terminal: the key is the opened HMAC key; products by their code. */
    public record ActiveTerminal(String id, TerminalKind kind, Long organizationId, String station, String region,
                                 String key, Map<String, TerminalProduct> products) {
        public ActiveTerminal {
            products = Map.copyOf(products);
        }

        public String source() {
            return "terminal:" + id;
        }

        /** The product the terminal sells under {@code code}, if any. */
        public Optional<TerminalProduct> product(String code) {
            return code == null ? Optional.empty() : Optional.ofNullable(products.get(code.strip().toUpperCase(Locale.ROOT)));
        }

        /** Whether this terminal may act on a contract of this kind and organisation ({@link TerminalKind#serves}). */
        public boolean serves(Programme programme) {
            return kind.serves(programme.kind(), programme.organizationId(), organizationId);
        }

        /** Whether the terminal has a product list at all; a terminal without one sells whatever it names. */
        public boolean sellsListedProducts() {
            return !products.isEmpty();
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

    void forget(String terminalId) {
        cache.remove(terminalId);
    }
}
