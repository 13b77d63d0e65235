package org.cardhub.partners.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.callers.Role;
import org.cardhub.partners.entity.PartnerRequest;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * The calling partner's write requests by {@code Idempotency-Key}. A request is claimed in a transaction
 * of its own before any work, so that a concurrent copy sees it in flight instead of doing the work
 * again; its response is stored once the work is done and replayed for every repeat.
 */
@Stateless
@RolesAllowed({Role.Names.PARTNER_AGENT, Role.Names.PARTNER_FLEET})
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PartnerRequests {

    /** A claim left in flight this long is taken to belong to a server that died; the work is idempotent below. */
    static final Duration LEASE = Duration.ofSeconds(60);

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    /** What a request under a key may do. */
    public sealed interface Claim {
        /** Nobody has done this yet: do the work, then {@link #settle}. */
        record Fresh() implements Claim {
        }

        /** Done before: answer with the response given then. */
        record Replay(int status, String body) implements Claim {
        }

        /** The same request is being worked on right now. */
        record InFlight() implements Claim {
        }

        /** The key was used for a different request. */
        record Conflict() implements Claim {
        }
    }

    public Claim claim(String key, String requestHash) {
        PartnerRequest.requireValidKey(key);
        Instant now = Instant.now();
        String client = caller();
        int inserted = em.createNativeQuery("INSERT INTO partner_request (client_id, idem_key, request_hash, state, claimed_at) "
                        + "VALUES (?, ?, ?, 'IN_FLIGHT', ?) ON CONFLICT DO NOTHING")
                .setParameter(1, client).setParameter(2, key).setParameter(3, requestHash).setParameter(4, Timestamp.from(now))
                .executeUpdate();
        if (inserted == 1) {
            return new Claim.Fresh();
        }
        PartnerRequest existing = em.find(PartnerRequest.class, new PartnerRequest.Key(client, key));
        if (existing == null) {
            // claimed and given up between our insert and our read: the next try will claim it
            return new Claim.InFlight();
        }
        if (!existing.isFor(requestHash)) {
            return new Claim.Conflict();
        }
        if (existing.isDone()) {
            return new Claim.Replay(existing.responseStatus(), existing.responseBody());
        }
        if (existing.isAbandoned(now, LEASE) && takeOver(client, key, existing.claimedAt(), now)) {
            return new Claim.Fresh();
        }
        return new Claim.InFlight();
    }

    public void settle(String key, int status, String body) {
        PartnerRequest request = em.find(PartnerRequest.class, new PartnerRequest.Key(caller(), key));
        if (request != null) {
            request.settle(status, body);
        }
    }

    /** The work failed for a technical reason and changed nothing: the partner may try the key again. */
    public void abandon(String key) {
        em.createQuery("DELETE FROM PartnerRequest r WHERE r.clientId = :client AND r.key = :key AND r.state = :inFlight")
                .setParameter("client", caller()).setParameter("key", key)
                .setParameter("inFlight", PartnerRequest.State.IN_FLIGHT).executeUpdate();
    }

    private boolean takeOver(String client, String key, Instant claimedAt, Instant now) {
        return em.createQuery("UPDATE PartnerRequest r SET r.claimedAt = :now WHERE r.clientId = :client AND r.key = :key "
                        + "AND r.state = :inFlight AND r.claimedAt = :claimedAt")
                .setParameter("now", now).setParameter("client", client).setParameter("key", key)
                .setParameter("inFlight", PartnerRequest.State.IN_FLIGHT).setParameter("claimedAt", claimedAt)
                .executeUpdate() == 1;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
