package org.cardhub.limits.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A change of a limit or restriction with its old and new value: who changed what, and when. */
@Entity
@Table(name = "limit_change")
public class LimitChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contract_id")
    private long contractId;

    @Column(name = "card_id")
    private Long cardId;

    private String what;

    @Column(name = "old_value")
    private String oldValue;

    @Column(name = "new_value")
    private String newValue;

    private String actor;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected LimitChange() {
    }

    public LimitChange(long contractId, Long cardId, String what, String oldValue, String newValue, String actor,
                       Instant changedAt) {
        this.contractId = contractId;
        this.cardId = cardId;
        this.what = what;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.actor = actor;
        this.changedAt = changedAt;
    }

    public String what() {
        return what;
    }

    public String oldValue() {
        return oldValue;
    }

    public String newValue() {
        return newValue;
    }

    public String actor() {
        return actor;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
