package org.cardhub.school.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** A person of a school's staff (by their Keycloak subject) in one of their roles there. */
@Entity
@Table(name = "school_staff")
@IdClass(StaffMember.Key.class)
public class StaffMember {

    public static class Key implements Serializable {
        private long schoolId;
        private String subject;
        private StaffRole role;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && schoolId == key.schoolId && Objects.equals(subject, key.subject)
                    && role == key.role;
        }

        @Override
        public int hashCode() {
            return Objects.hash(schoolId, subject, role);
        }
    }

    @Id
    @Column(name = "organization_id")
    private long schoolId;

    @Id
    private String subject;

    @Id
    @Enumerated(EnumType.STRING)
    private StaffRole role;

    @Column(name = "full_name")
    private String fullName;

    protected StaffMember() {
    }

    public StaffMember(long schoolId, String subject, StaffRole role, String fullName) {
        this.schoolId = schoolId;
        this.subject = Objects.requireNonNull(subject);
        this.role = Objects.requireNonNull(role);
        this.fullName = Objects.requireNonNull(fullName).strip();
    }

    public long schoolId() {
        return schoolId;
    }

    public String subject() {
        return subject;
    }

    public StaffRole role() {
        return role;
    }

    public String fullName() {
        return fullName;
    }
}
