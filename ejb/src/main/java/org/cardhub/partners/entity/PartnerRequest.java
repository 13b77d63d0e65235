package org.cardhub.partners.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.cardhub.payments.entity.InvalidOperationException;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A partner's write request under its idempotency key: claimed before the work is done, then holding
 * the response the partner got, so that a repeat of the same request gets the same response again.
 */
@Entity
@Table(name = "partner_request")
@IdClass(PartnerRequest.Key.class)
public class PartnerRequest {

    public enum State { IN_FLIGHT, DONE }

    private static final int MAX_KEY = 128;

    /** An Idempotency-Key is 1 to 128 visible ASCII characters, so it can be logged and sent back as it is. */
    public static void requireValidKey(String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_KEY || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new InvalidOperationException(InvalidOperationException.Code.KEY_INVALID,
                    "An Idempotency-Key is 1 to " + MAX_KEY + " visible ASCII characters");
        }
    }

    public static class Key implements Serializable {
        private String clientId;
        private String key;

        public Key() {
        }

        public Key(String clientId, String key) {
            this.clientId = clientId;
            this.key = key;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && Objects.equals(clientId, that.clientId) && Objects.equals(key, that.key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(clientId, key);
        }
    }

    @Id
    @Column(name = "client_id")
    private String clientId;

    @Id
    @Column(name = "idem_key")
    private String key;

    @Column(name = "request_hash")
    private String requestHash;

    @Enumerated(EnumType.STRING)
    private State state;

    @Column(name = "response_status")
    private Integer responseStatus;

    @Column(name = "response_body")
    private String responseBody;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    protected PartnerRequest() {
    }

    /** A request claimed at {@code claimedAt} and not yet settled (PartnerRequests writes the same row natively). */
    public PartnerRequest(String clientId, String key, String requestHash, Instant claimedAt) {
        this.clientId = clientId;
        this.key = key;
        this.requestHash = requestHash;
        this.state = State.IN_FLIGHT;
        this.claimedAt = claimedAt;
    }

    public boolean isFor(String requestHash) {
        return this.requestHash.equals(requestHash);
    }

    public boolean isDone() {
        return state == State.DONE;
    }

    /** A claim whose holder neither finished nor gave up within the lease is taken to have died with its server. */
    public boolean isAbandoned(Instant now, Duration lease) {
        return state == State.IN_FLIGHT && claimedAt.plus(lease).isBefore(now);
    }

    public Instant claimedAt() {
        return claimedAt;
    }

    public void settle(int status, String body) {
        this.state = State.DONE;
        this.responseStatus = status;
        this.responseBody = body;
    }

    public int responseStatus() {
        return responseStatus;
    }

    public String responseBody() {
        return responseBody;
    }
}
