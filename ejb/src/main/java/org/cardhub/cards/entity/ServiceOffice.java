package org.cardhub.cards.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An office where a company picks up its plastic cards; reference data, only open ones are offered. */
@Entity
@Table(name = "service_office")
public class ServiceOffice {

    @Id
    private String code;

    private String name;

    private String address;

    private boolean active;

    protected ServiceOffice() {
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String address() {
        return address;
    }

    public boolean isActive() {
        return active;
    }
}
