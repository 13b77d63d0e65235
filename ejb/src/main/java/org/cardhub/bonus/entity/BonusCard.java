package org.cardhub.bonus.entity;

import static org.cardhub.bonus.entity.BonusRefusal.Code.BIRTH_DATE_INVALID;
import static org.cardhub.bonus.entity.BonusRefusal.Code.CARD_TAKEN;
import static org.cardhub.bonus.entity.BonusRefusal.Code.NOT_ADULT;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * A bonus card the programme issued, by its barcode; registered once, to one wallet (a contract), with its holder's
 * birth date. Only an adult registers a card: 18 full years on the day of registration, counted as the calendar
 * counts them, so a person born on 29 February comes of age on 1 March in a year that has no 29th.
 */
@Entity
@Table(name = "bonus_card")
public class BonusCard {

    public static final int ADULT_AGE = 18;
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    @Id
    private String barcode;

    @Column(name = "issued_at")
    private Instant issuedAt;

    @Column(name = "contract_id")
    private Long contractId;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Column(name = "registered_at")
    private Instant registeredAt;

    @Version
    private long version;

    protected BonusCard() {
    }

    public BonusCard(BonusCardBarcode barcode, Instant issuedAt) {
        this.barcode = barcode.digits();
        this.issuedAt = issuedAt;
    }

    /** Whether a person born on that day is an adult on {@code day}. */
    public static boolean isAdultOn(LocalDate birthDate, LocalDate day) {
        return Period.between(birthDate, day).getYears() >= ADULT_AGE;
    }

    /** What refuses registering this card with that birth date on {@code today}; empty when it may be registered. */
    public Optional<BonusRefusal> refusalToRegister(LocalDate birthDate, LocalDate today) {
        if (isRegistered()) {
            return Optional.of(new BonusRefusal(CARD_TAKEN, "Bonus card " + barcode + " is registered already"));
        }
        if (birthDate == null || birthDate.isAfter(today) || birthDate.isBefore(EARLIEST_BIRTH)) {
            return Optional.of(new BonusRefusal(BIRTH_DATE_INVALID, "A birth date between 1900 and today, was " + birthDate));
        }
        if (!isAdultOn(birthDate, today)) {
            return Optional.of(new BonusRefusal(NOT_ADULT, "Only adults register a bonus card; born " + birthDate));
        }
        return Optional.empty();
    }

    /** Registers the card to the wallet; refused as {@link #refusalToRegister} says. */
    public void register(long walletContractId, LocalDate birthDate, LocalDate today, Instant now) {
        Optional<BonusRefusal> refusal = refusalToRegister(birthDate, today);
        if (refusal.isPresent()) {
            throw refusal.get();
        }
        this.contractId = walletContractId;
        this.birthDate = birthDate;
        this.registeredAt = now;
    }

    public boolean isRegistered() {
        return contractId != null;
    }

    public String barcode() {
        return barcode;
    }

    public Long contractId() {
        return contractId;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Instant registeredAt() {
        return registeredAt;
    }
}
