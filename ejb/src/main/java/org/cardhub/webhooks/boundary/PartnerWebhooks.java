package org.cardhub.webhooks.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.callers.Role;
import org.cardhub.partners.entity.Partner;
import org.cardhub.secrets.SecretVault;
import org.cardhub.webhooks.control.WebhookSettings;
import org.cardhub.webhooks.entity.DeliveryStatus;
import org.cardhub.webhooks.entity.EndpointsChanged;
import org.cardhub.webhooks.entity.InvalidWebhookException;
import org.cardhub.webhooks.entity.WebhookDelivery;
import org.cardhub.webhooks.entity.WebhookEndpoint;
import org.cardhub.webhooks.entity.WebhookEventType;
import org.cardhub.webhooks.entity.WebhookUrl;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * A partner system's own webhook endpoints: register one (its secret shown once), list, remove, and read its deliveries.
 * Another partner's endpoint is answered as if it did not exist.
 */
@Stateless
@RolesAllowed({Role.Names.PARTNER_AGENT, Role.Names.PARTNER_FLEET})
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class PartnerWebhooks {

    public static final int MAX_PAGE = 500;

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @EJB
    AuditLog audit;

    @Inject
    SecretVault vault;

    @Inject
    WebhookSettings settings;

    @Inject
    Event<EndpointsChanged> changes;

    public RegisteredEndpoint register(String url, Collection<String> events) {
        WebhookUrl where = WebhookUrl.parse(url, settings.allowLocalHttp());
        Set<WebhookEventType> chosen = WebhookEndpoint.eventsNamed(events);
        String client = caller();
        // the partner's row, locked, so two registrations at once cannot both pass the count
        if (em.find(Partner.class, client, LockModeType.PESSIMISTIC_WRITE) == null) {
            throw new InvalidWebhookException(InvalidWebhookException.Code.PARTNER_UNKNOWN, "No partner " + client);
        }
        if (live(client).size() >= WebhookEndpoint.MAX_PER_PARTNER) {
            throw new InvalidWebhookException(InvalidWebhookException.Code.TOO_MANY_ENDPOINTS,
                    "A partner has at most " + WebhookEndpoint.MAX_PER_PARTNER + " endpoints; remove one first");
        }
        String secret = "whsec_" + HexFormat.of().formatHex(randomBytes());
        WebhookEndpoint endpoint = new WebhookEndpoint(client, where, chosen, vault.seal(secret), client, Instant.now());
        em.persist(endpoint);
        em.flush();
        audit.record(audit.actor(null), "webhook.register", AuditSubject.WEBHOOK_ENDPOINT, endpoint.id(),
                endpoint.url() + " for " + String.join(", ", endpoint.eventNames()));
        changes.fire(new EndpointsChanged(endpoint.id()));
        return new RegisteredEndpoint(endpoint, secret);
    }

    /** The caller's endpoints that are not removed, oldest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<WebhookEndpoint> endpoints() {
        return live(caller());
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public WebhookEndpoint endpoint(long endpointId) {
        WebhookEndpoint endpoint = em.find(WebhookEndpoint.class, endpointId);
        if (endpoint == null || endpoint.isRemoved() || !endpoint.belongsTo(caller())) {
            throw new InvalidWebhookException(InvalidWebhookException.Code.ENDPOINT_UNKNOWN, "No endpoint " + endpointId);
        }
        return endpoint;
    }

    /** Removes an endpoint: nothing more is sent to it, what was still on its way is given up. */
    public void remove(long endpointId) {
        WebhookEndpoint endpoint = endpoint(endpointId);
        endpoint.remove(Instant.now());
        int givenUp = em.createQuery("UPDATE WebhookDelivery d SET d.status = :dead, d.nextAttemptAt = NULL, "
                        + "d.lastError = :why, d.version = d.version + 1 WHERE d.endpointId = :endpoint AND d.status = :pending")
                .setParameter("dead", DeliveryStatus.DEAD).setParameter("why", "Endpoint removed")
                .setParameter("endpoint", endpointId).setParameter("pending", DeliveryStatus.PENDING).executeUpdate();
        audit.record(audit.actor(null), "webhook.remove", AuditSubject.WEBHOOK_ENDPOINT, endpointId,
                endpoint.url() + (givenUp == 0 ? "" : "; " + givenUp + " pending deliveries given up"));
        changes.fire(new EndpointsChanged(endpointId));
    }

    /** An endpoint's deliveries, newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<WebhookDelivery> deliveries(long endpointId, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new InvalidWebhookException(InvalidWebhookException.Code.PAGE_RANGE,
                    "A page starts at 0 or later and holds 1 to " + MAX_PAGE + " items");
        }
        endpoint(endpointId);
        return em.createQuery("SELECT d FROM WebhookDelivery d WHERE d.endpointId = :endpoint ORDER BY d.id DESC",
                        WebhookDelivery.class)
                .setParameter("endpoint", endpointId).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    private List<WebhookEndpoint> live(String client) {
        return em.createQuery("SELECT e FROM WebhookEndpoint e WHERE e.clientId = :client AND e.removedAt IS NULL "
                + "ORDER BY e.id", WebhookEndpoint.class).setParameter("client", client).getResultList();
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
