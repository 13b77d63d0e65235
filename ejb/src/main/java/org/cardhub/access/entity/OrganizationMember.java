package org.cardhub.access.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** A person who may act for a client organisation in the cabinet, by their Keycloak user name. */
@Entity
@Table(name = "organization_member")
@IdClass(OrganizationMember.Key.class)
public class OrganizationMember {

    public static class Key implements Serializable {
        private Long organizationId;
        private String username;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(organizationId, key.organizationId)
                    && Objects.equals(username, key.username);
        }

        @Override
        public int hashCode() {
            return Objects.hash(organizationId, username);
        }
    }

    @Id
    @Column(name = "organization_id")
    private Long organizationId;

    @Id
    private String username;

    protected OrganizationMember() {
    }

    public OrganizationMember(long organizationId, String username) {
        this.organizationId = organizationId;
        this.username = Objects.requireNonNull(username);
    }
}
