package org.cardhub.payments.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * The first outcome of an operation under its key. It is inserted before the operation does anything,
 * so a concurrent duplicate waits on the primary key and then finds the stored outcome.
 */
@Entity
@Table(name = "idempotency_record")
@IdClass(IdempotencyRecord.Key.class)
public class IdempotencyRecord {

    public static class Key implements Serializable {
        private String scope;
        private String key;

        public Key() {
        }

        public Key(OperationKey operation) {
            this.scope = operation.scope();
            this.key = operation.key();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && Objects.equals(scope, that.scope) && Objects.equals(key, that.key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(scope, key);
        }
    }

    @Id
    private String scope;

    @Id
    @Column(name = "idem_key")
    private String key;

    @Column(name = "request_hash")
    private String requestHash;

    private String outcome;

    @Column(name = "created_at")
    private Instant createdAt;

    protected IdempotencyRecord() {
    }

    public IdempotencyRecord(OperationKey operation, String requestHash, Instant now) {
        this.scope = operation.scope();
        this.key = operation.key();
        this.requestHash = requestHash;
        this.outcome = "pending";
        this.createdAt = now;
    }

    public boolean isFor(String requestHash) {
        return this.requestHash.equals(requestHash);
    }

    public void settle(String outcomeJson) {
        this.outcome = outcomeJson;
    }

    public String outcome() {
        return outcome;
    }
}
