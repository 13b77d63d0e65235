package org.cardhub.access.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.cardhub.contracts.entity.ContractKind;

/**
 * What a partner system is contracted for, and so may reach: every contract of a program, or a single contract.
 * Rows are written in SQL when a partner is contracted (the demo data does so); read by the access checks and by the
 * partners' list of their contracts.
 */
@Entity
@Table(name = "partner_program")
public class PartnerProgram {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id")
    private String clientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "contract_kind")
    private ContractKind contractKind;

    @Column(name = "contract_id")
    private Long contractId;

    protected PartnerProgram() {
    }

    private PartnerProgram(String clientId, ContractKind contractKind, Long contractId) {
        this.clientId = clientId;
        this.contractKind = contractKind;
        this.contractId = contractId;
    }

    public static PartnerProgram wholeProgram(String clientId, ContractKind kind) {
        return new PartnerProgram(clientId, kind, null);
    }

    public static PartnerProgram oneContract(String clientId, long contractId) {
        return new PartnerProgram(clientId, null, contractId);
    }
}
