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
 * The first outcome of an operation under its key, written in the same transaction as the operation's
 * effects: either both are there or neither is.
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

    public IdempotencyRecord(OperationKey operation, String requestHash, String outcome, Instant now) {
        this.scope = operation.scope();
        this.key = operation.key();
        this.requestHash = requestHash;
        this.outcome = outcome;
        this.createdAt = now;
    }

    public boolean isUnder(OperationKey operation) {
        return scope.equals(operation.scope()) && key.equals(operation.key());
    }

    public boolean isFor(String requestHash) {
        return this.requestHash.equals(requestHash);
    }

    public String outcome() {
        return outcome;
    }
}
