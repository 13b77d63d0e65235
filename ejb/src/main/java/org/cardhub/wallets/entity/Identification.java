package org.cardhub.wallets.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** A holder's request to be identified, with the passport data, and the back office's decision on it. */
@Entity
@Table(name = "wallet_identification")
public class Identification {

    public enum Status {
        WAITING,
        APPROVED,
        REJECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contract_id")
    private long contractId;

    @Column(name = "last_name")
    private String lastName;

    @Column(name = "first_name")
    private String firstName;

    @Column(name = "middle_name")
    private String middleName;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Column(name = "passport_series")
    private String series;

    @Column(name = "passport_number")
    private String number;

    @Column(name = "passport_issued_on")
    private LocalDate issuedOn;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String reason;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    /** The contract while the request waits: the database keeps one waiting request per wallet. */
    @Column(name = "waiting_contract")
    private Long waitingContract;

    @Version
    private long version;

    protected Identification() {
    }

    public Identification(long contractId, PassportData data, Instant now) {
        this.contractId = contractId;
        this.lastName = data.lastName();
        this.firstName = data.firstName();
        this.middleName = data.middleName();
        this.birthDate = data.birthDate();
        this.series = data.series();
        this.number = data.number();
        this.issuedOn = data.issuedOn();
        this.status = Status.WAITING;
        this.submittedAt = now;
        this.waitingContract = contractId;
    }

    public void approve(String by, Instant now) {
        decide(Status.APPROVED, null, by, now);
    }

    public void reject(String why, String by, Instant now) {
        if (why == null || why.isBlank()) {
            throw new WalletRefusal(WalletRefusal.Code.REASON_REQUIRED, "A rejection says why, for the holder to read");
        }
        decide(Status.REJECTED, why.strip(), by, now);
    }

    private void decide(Status decision, String why, String by, Instant now) {
        if (status != Status.WAITING) {
            throw new WalletRefusal(WalletRefusal.Code.ALREADY_DECIDED, "The request was " + status.name().toLowerCase()
                    + " already");
        }
        status = decision;
        reason = why;
        decidedBy = by;
        decidedAt = now;
        waitingContract = null;
    }

    public PassportData data() {
        return new PassportData(lastName, firstName, middleName, birthDate, series, number, issuedOn);
    }

    public Long id() {
        return id;
    }

    public long contractId() {
        return contractId;
    }

    public Status status() {
        return status;
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    public Optional<String> decidedBy() {
        return Optional.ofNullable(decidedBy);
    }
}
