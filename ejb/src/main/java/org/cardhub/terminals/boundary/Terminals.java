package org.cardhub.terminals.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.callers.Role;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.organizations.entity.Organization;
import org.cardhub.secrets.SecretVault;
import org.cardhub.terminals.control.MessageSignature;
import org.cardhub.terminals.control.TerminalSearch;
import org.cardhub.terminals.control.SigningKeys;
import org.cardhub.terminals.entity.ActiveTerminal;
import org.cardhub.terminals.entity.GeoPoint;
import org.cardhub.terminals.entity.InvalidTerminalException;
import org.cardhub.terminals.entity.Terminal;
import org.cardhub.terminals.entity.TerminalCatalogue;
import org.cardhub.money.Amount;
import org.cardhub.terminals.entity.TerminalFilter;
import org.cardhub.terminals.entity.TerminalKind;
import org.cardhub.terminals.entity.TerminalListing;
import org.cardhub.terminals.entity.TerminalOrder;
import org.cardhub.terminals.entity.TerminalProduct;
import org.cardhub.terminals.entity.TerminalRejection;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The terminal registry: registering a terminal hands out its signing key once; rotating replaces it;
 * disabling stops its messages. The key is stored sealed and opened only to check signatures.
 */
@Stateless
@RolesAllowed(Role.Names.BACKOFFICE)
public class Terminals {

    private static final SecureRandom KEYS = new SecureRandom();

    /** The most a page of the registry or of the rejections holds, whatever a caller asks. */
    static final int MAX_PAGE = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    SecretVault vault;

    @Inject
    SigningKeys signingKeys;

    @Inject
    TerminalSearch search;

    @EJB
    AuditLog audit;

    /** The network's fuel stations (where a fuel terminal stands), by name: those a Regional+ client chooses from. */
    @RolesAllowed({Role.Names.BACKOFFICE, Role.Names.APPLICANT})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<String> fuelStations() {
        return em.createQuery("SELECT DISTINCT t.station FROM Terminal t WHERE t.kind = :kind AND t.station IS NOT NULL "
                + "ORDER BY t.station", String.class).setParameter("kind", TerminalKind.FUEL_POS).getResultList();
    }

    /** A registered terminal and, this once, its signing key in clear for the terminal's set-up. */
    public record Registered(Terminal terminal, String signingKey) {
    }

    /**
     * Registers a terminal; refused with {@link InvalidTerminalException} (nothing written) when a field breaks
     * the rules, the id is taken or the organisation does not exist.
     */
    public Registered register(String id, TerminalKind kind, Long organizationId, String location, String station,
                               String region) {
        String key = newKey();
        Terminal terminal = new Terminal(id, kind, organizationId, location, station, region, vault.seal(key), Instant.now());
        if (em.find(Terminal.class, terminal.id()) != null) {
            throw idTaken(terminal);
        }
        if (organizationId != null && em.find(Organization.class, organizationId) == null) {
            throw new InvalidTerminalException(InvalidTerminalException.Code.ORGANIZATION_UNKNOWN,
                    "No organisation " + organizationId);
        }
        try {
            em.persist(terminal);
            em.flush();
        } catch (PersistenceException registeredMeanwhile) {
            throw idTaken(terminal);
        }
        audit.record(audit.actor(null), "terminal.register", AuditSubject.TERMINAL, terminal.id(), kind + " at " + location);
        return new Registered(terminal, key);
    }

    private static InvalidTerminalException idTaken(Terminal terminal) {
        return new InvalidTerminalException(InvalidTerminalException.Code.ID_TAKEN,
                "Terminal " + terminal.id() + " is already registered");
    }

    public Registered rotateKey(String terminalId) {
        Terminal terminal = find(terminalId);
        String key = newKey();
        terminal.rotateKey(vault.seal(key), Instant.now());
        signingKeys.forget(terminal.id());
        audit.record(audit.actor(null), "terminal.rotate-key", AuditSubject.TERMINAL, terminal.id(), "new signing key issued");
        return new Registered(terminal, key);
    }

    public Terminal disable(String terminalId) {
        Terminal terminal = find(terminalId);
        terminal.disable();
        signingKeys.forget(terminal.id());
        audit.record(audit.actor(null), "terminal.disable", AuditSubject.TERMINAL, terminal.id(), null);
        return terminal;
    }

    public Terminal enable(String terminalId) {
        Terminal terminal = find(terminalId);
        terminal.enable();
        signingKeys.forget(terminal.id());
        audit.record(audit.actor(null), "terminal.enable", AuditSubject.TERMINAL, terminal.id(), null);
        return terminal;
    }

    /** Records where the terminal stands (null: not known), so fill-ups far apart can be told (issue 19). */
    public Terminal place(String terminalId, GeoPoint position) {
        Terminal terminal = find(terminalId);
        terminal.placeAt(position);
        audit.record(audit.actor(null), "terminal.place", AuditSubject.TERMINAL, terminal.id(),
                position == null ? "position unknown" : position.latitude() + ", " + position.longitude());
        return terminal;
    }

    /** Adds a product to what the terminal sells, or changes its name, category, price or unit. */
    public TerminalProduct sell(String terminalId, String productCode, String name, String category, Amount price,
                                TerminalProduct.Unit unit) {
        Terminal terminal = find(terminalId);
        TerminalProduct product = new TerminalProduct(terminal.id(), productCode, name, category, price, unit);
        TerminalProduct existing = productOf(terminal.id(), product.productCode()).orElse(null);
        if (existing == null) {
            em.persist(product);
        } else {
            existing.reprice(name, category, price, unit);
            product = existing;
        }
        recordSale(terminal, product);
        return product;
    }

    /** Adds a product the terminal does not sell yet; a code it already sells is refused, so nothing is overwritten. */
    public TerminalProduct addProduct(String terminalId, String productCode, String name, String category, Amount price,
                                      TerminalProduct.Unit unit) {
        Terminal terminal = find(terminalId);
        TerminalProduct product = new TerminalProduct(terminal.id(), productCode, name, category, price, unit);
        if (productOf(terminal.id(), product.productCode()).isPresent()) {
            throw new InvalidTerminalException(InvalidTerminalException.Code.PRODUCT_TAKEN,
                    "Terminal " + terminal.id() + " already sells " + product.productCode());
        }
        em.persist(product);
        recordSale(terminal, product);
        return product;
    }

    /** The terminal stops selling the product; its past sales keep their lines. False when it did not sell it. */
    public boolean stopSelling(String terminalId, String productCode) {
        Terminal terminal = find(terminalId);
        Optional<TerminalProduct> product = productOf(terminal.id(), productCode);
        product.ifPresent(sold -> {
            em.remove(sold);
            signingKeys.forget(terminal.id());
            audit.record(audit.actor(null), "terminal.product-removed", AuditSubject.TERMINAL, terminal.id(), sold.productCode());
        });
        return product.isPresent();
    }

    /** Audits a product's new terms and makes this node's terminal messages see them at once. */
    private void recordSale(Terminal terminal, TerminalProduct product) {
        signingKeys.forget(terminal.id());
        audit.record(audit.actor(null), "terminal.product", AuditSubject.TERMINAL, terminal.id(), product.productCode() + " "
                + product.name() + " (" + product.category() + ") at " + product.price().toPlainString() + " per " + product.unit());
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<TerminalProduct> products(String terminalId) {
        return em.createQuery("SELECT p FROM TerminalProduct p WHERE p.terminalId = :terminal ORDER BY p.productCode",
                TerminalProduct.class).setParameter("terminal", terminalId).getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<TerminalProduct> productOf(String terminalId, String productCode) {
        return productCode == null ? Optional.empty() : Optional.ofNullable(em.find(TerminalProduct.class,
                new TerminalProduct.Key(terminalId, productCode.strip().toUpperCase(Locale.ROOT))));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Terminal find(String terminalId) {
        Terminal terminal = terminalId == null ? null : em.find(Terminal.class, terminalId.strip().toUpperCase(Locale.ROOT));
        if (terminal == null) {
            throw new AccessDeniedException("terminal", terminalId);
        }
        return terminal;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Terminal> all() {
        return em.createQuery("SELECT t FROM Terminal t ORDER BY t.id", Terminal.class).getResultList();
    }

    /** What the registry's terminals sell and where they stand: the lists a tariff's discounts are picked from. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public TerminalCatalogue catalogue() {
        return new TerminalCatalogue(
                em.createQuery("SELECT DISTINCT p.productCode FROM TerminalProduct p ORDER BY p.productCode", String.class).getResultList(),
                em.createQuery("SELECT DISTINCT p.category FROM TerminalProduct p ORDER BY p.category", String.class).getResultList(),
                em.createQuery("SELECT DISTINCT t.region FROM Terminal t ORDER BY t.region", String.class).getResultList());
    }

    /** How many registered terminals {@code filter} lets through. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long count(TerminalFilter filter) {
        return search.count(filter == null ? TerminalFilter.NONE : filter);
    }

    /** A page of the registry: at most {@code max} terminals from position {@code first}, filtered and sorted. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<TerminalListing> page(TerminalFilter filter, TerminalOrder order, int first, int max) {
        return search.page(filter == null ? TerminalFilter.NONE : filter, order == null ? TerminalOrder.BY_ID : order,
                first, Math.min(max, MAX_PAGE));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<TerminalRejection> recentRejections(int max) {
        return rejections(0, max);
    }

    /** Refused messages, newest first: at most {@code max} from position {@code first}. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<TerminalRejection> rejections(int first, int max) {
        return em.createQuery("SELECT r FROM TerminalRejection r ORDER BY r.id DESC", TerminalRejection.class)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, MAX_PAGE))).getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long rejectionCount() {
        return em.createQuery("SELECT COUNT(r) FROM TerminalRejection r", Long.class).getSingleResult();
    }

    /** An active terminal with its signing key opened, for checking a message. Empty when unknown or disabled. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<ActiveTerminal> active(String terminalId) {
        return signingKeys.active(terminalId);
    }

    /**
     * The terminal whose signature of {@code canonicalRequest} (its method, path and time) checks out, for
     * terminals calling HTTP services; empty when unknown, disabled or forged.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<ActiveTerminal> verifyRequest(String terminalId, String canonicalRequest, String signature) {
        return signingKeys.active(terminalId)
                .filter(terminal -> MessageSignature.matches(canonicalRequest, terminal.key(), signature));
    }

    /** Keeps a refused message's trace, in a transaction of its own so it stays whatever happens next. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordRejection(String terminalId, String eventId, String code, String reason, String text) {
        em.persist(new TerminalRejection(Instant.now(), terminalId, eventId, code, reason, text));
    }

    private static String newKey() {
        byte[] key = new byte[32];
        KEYS.nextBytes(key);
        return HexFormat.of().formatHex(key);
    }
}
