package org.cardhub.terminals.entity;

import org.cardhub.contracts.entity.Programme;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An active terminal as the event handling and the signed HTTP services need it (kept for a few seconds by the
 * terminals' signing keys): the key is the opened HMAC key; products by their code.
 */
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
