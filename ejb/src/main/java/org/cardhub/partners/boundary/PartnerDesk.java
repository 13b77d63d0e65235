package org.cardhub.partners.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.callers.Role;
import org.cardhub.partners.control.KeycloakClients;
import org.cardhub.partners.entity.Partner;
import org.cardhub.partners.entity.PartnerDeskRefusal;
import org.cardhub.partners.entity.PartnerListing;
import org.cardhub.partners.entity.RequestCount;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The back office's view of the partner systems: who they are, what they are contracted for, how many write
 * requests they make by hour or day and answer ({@code partner_request_client_time}), and a new client secret for a
 * partner through Keycloak, audited without the secret. The page asks for a fresh one-time code first.
 */
@Stateless
@RolesAllowed(Role.Names.BACKOFFICE)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PartnerDesk {

    /** How far back the rates go: by hour, a day; by day, a month. */
    public enum Span {
        HOURS(Duration.ofHours(24), "YYYY-MM-DD HH24"),
        DAYS(Duration.ofDays(30), "YYYY-MM-DD");

        private final Duration length;
        private final String pattern;

        Span(Duration length, String pattern) {
            this.length = length;
            this.pattern = pattern;
        }

        public Duration length() {
            return length;
        }
    }

    private static final String MOSCOW = "'Europe/Moscow'";

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditLog audit;

    @Inject
    KeycloakClients keycloak;

    private final Clock clock = Clock.systemUTC();

    public List<PartnerListing> partners() {
        Map<String, List<String>> kinds = new HashMap<>();
        Map<String, List<String>> contracts = new HashMap<>();
        em.createQuery("SELECT p.clientId, p.contractKind, c.number FROM PartnerProgram p "
                        + "LEFT JOIN Contract c ON c.id = p.contractId ORDER BY p.id", Object[].class).getResultList()
                .forEach(row -> {
                    if (row[1] != null) {
                        kinds.computeIfAbsent((String) row[0], client -> new ArrayList<>()).add(row[1].toString());
                    } else if (row[2] != null) {
                        contracts.computeIfAbsent((String) row[0], client -> new ArrayList<>()).add((String) row[2]);
                    }
                });
        Map<String, Long> lastDay = new HashMap<>();
        em.createQuery("SELECT r.clientId, COUNT(r) FROM PartnerRequest r WHERE r.claimedAt >= :since GROUP BY r.clientId",
                        Object[].class).setParameter("since", Instant.now(clock).minus(Duration.ofDays(1))).getResultList()
                .forEach(row -> lastDay.put((String) row[0], ((Number) row[1]).longValue()));
        return em.createQuery("SELECT p FROM Partner p ORDER BY p.name, p.clientId", Partner.class).getResultList().stream()
                .map(partner -> new PartnerListing(partner.clientId(), partner.name(), partner.ratePerSecond(), partner.burst(),
                        kinds.getOrDefault(partner.clientId(), List.of()), contracts.getOrDefault(partner.clientId(), List.of()),
                        lastDay.getOrDefault(partner.clientId(), 0L)))
                .toList();
    }

    /** The partner's write requests of the span, by Moscow hour or day and answer, oldest first. */
    public List<RequestCount> rates(String clientId, Span span) {
        partner(clientId);
        String period = "TO_CHAR(claimed_at AT TIME ZONE " + MOSCOW + ", '" + span.pattern + "')";
        String status = "COALESCE(response_status, 0)";
        List<?> rows = em.createNativeQuery("SELECT " + period + ", " + status + ", COUNT(*) FROM partner_request "
                        + "WHERE client_id = ? AND claimed_at >= ? GROUP BY " + period + ", " + status
                        + " ORDER BY " + period + ", " + status)
                .setParameter(1, clientId).setParameter(2, Timestamp.from(Instant.now(clock).minus(span.length)))
                .getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(row -> new RequestCount((String) row[0], ((Number) row[1]).intValue(), ((Number) row[2]).longValue()))
                .toList();
    }

    /**
     * Keycloak gives the partner's client a new secret and the old one stops working; the secret is handed back once,
     * to be shown once, and kept nowhere. The audit row is written first, so a failing database changes nothing in
     * Keycloak; a failing Keycloak rolls the row back.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public String rotateSecret(String clientId) {
        Partner partner = partner(clientId);
        audit.record(audit.actor(null), "partner.secret-rotated", AuditSubject.PARTNER, partner.clientId(),
                "a new client secret issued in Keycloak; the old one no longer works");
        em.flush();
        return keycloak.regenerateSecret(partner.clientId());
    }

    private Partner partner(String clientId) {
        Partner partner = clientId == null ? null : em.find(Partner.class, clientId);
        if (partner == null) {
            throw new PartnerDeskRefusal(PartnerDeskRefusal.Code.UNKNOWN_PARTNER, "No partner " + clientId);
        }
        return partner;
    }
}
