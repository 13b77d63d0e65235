package org.cardhub.partners.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.Instant;

/** A partner system, known by its Keycloak client id, and how many requests a second it may make. */
@Entity
public class Partner {

    @Id
    @Column(name = "client_id")
    private String clientId;

    private String name;

    @Column(name = "rate_per_second")
    private int ratePerSecond;

    private int burst;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Partner() {
    }

    public Partner(String clientId, String name, int ratePerSecond, int burst, Instant now) {
        if (ratePerSecond <= 0 || burst <= 0) {
            throw new IllegalArgumentException("A partner's rate and burst are positive");
        }
        this.clientId = clientId;
        this.name = name;
        this.ratePerSecond = ratePerSecond;
        this.burst = burst;
        this.createdAt = now;
    }

    public String clientId() {
        return clientId;
    }

    public String name() {
        return name;
    }

    public int ratePerSecond() {
        return ratePerSecond;
    }

    public int burst() {
        return burst;
    }
}
