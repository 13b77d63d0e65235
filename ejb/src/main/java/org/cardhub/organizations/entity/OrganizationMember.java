package org.cardhub.organizations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** A person who may act for a client organisation in the cabinet, by their Keycloak user id (the tokens' {@code sub}), which no one can take over by registering a name. */
@Entity
@Table(name = "organization_member")
@IdClass(OrganizationMember.Key.class)
public class OrganizationMember {

    public static class Key implements Serializable {
        private Long organizationId;
        private String subject;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(organizationId, key.organizationId)
                    && Objects.equals(subject, key.subject);
        }

        @Override
        public int hashCode() {
            return Objects.hash(organizationId, subject);
        }
    }

    @Id
    @Column(name = "organization_id")
    private Long organizationId;

    @Id
    private String subject;

    protected OrganizationMember() {
    }

    public OrganizationMember(long organizationId, String subject) {
        this.organizationId = organizationId;
        this.subject = Objects.requireNonNull(subject);
    }
}
