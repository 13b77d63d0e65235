package org.cardhub.school.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;

/**
 * Who runs a school's canteen: an organisation (a company or an individual entrepreneur) with its own contract, whose
 * account receives the supplier's share of the school's canteen sales; the programme keeps {@code commissionBp} basis
 * points of each meal. The supplier's people are the members of its organisation.
 */
@Entity
@Table(name = "canteen_supplier")
public class CanteenSupplier {

    @Id
    @Column(name = "school_id")
    private long schoolId;

    @Column(name = "supplier_id")
    private long supplierId;

    @Column(name = "contract_id")
    private long contractId;

    @Column(name = "commission_bp")
    private int commissionBp;

    private LocalDate since;

    @Version
    private long version;

    protected CanteenSupplier() {
    }

    public CanteenSupplier(long schoolId, long supplierId, long contractId, int commissionBp, LocalDate since) {
        if (commissionBp < 0 || commissionBp > 10_000) {
            throw new IllegalArgumentException("A commission is 0 to 100 %");
        }
        this.schoolId = schoolId;
        this.supplierId = supplierId;
        this.contractId = contractId;
        this.commissionBp = commissionBp;
        this.since = since;
    }

    public long schoolId() {
        return schoolId;
    }

    public long supplierId() {
        return supplierId;
    }

    public long contractId() {
        return contractId;
    }

    public int commissionBp() {
        return commissionBp;
    }

    public LocalDate since() {
        return since;
    }
}
