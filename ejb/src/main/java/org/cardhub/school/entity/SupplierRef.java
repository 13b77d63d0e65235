package org.cardhub.school.entity;

/** A school's canteen supplier: its organisation and name, its contract and the programme's commission. */
public record SupplierRef(long schoolId, long supplierId, String supplierName, long contractId, String contractNumber,
                          int commissionBp) {
}
