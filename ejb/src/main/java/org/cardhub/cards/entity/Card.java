package org.cardhub.cards.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import static org.cardhub.cards.entity.InvalidCardOperationException.Code.HOLDER_DATA_REQUIRED;
import static org.cardhub.cards.entity.InvalidCardOperationException.Code.NOT_DELIVERED;
import static org.cardhub.cards.entity.InvalidCardOperationException.Code.PERMANENT_BLOCK;
import static org.cardhub.cards.entity.InvalidCardOperationException.Code.STATUS_TRANSITION;

/**
 * A payment card of a contract. The full card number is never stored readable: only a keyed hash to
 * find the card by, the number sealed under the installation's key, and the masked form to show.
 */
@Entity
public class Card {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contract_id")
    private long contractId;

    @Column(name = "pan_hash")
    private String panHash;

    @Column(name = "pan_sealed")
    private String panSealed;

    @Column(name = "pan_masked")
    private String panMasked;

    @Enumerated(EnumType.STRING)
    private CardForm form;

    @Enumerated(EnumType.STRING)
    @Column(name = "holder_kind")
    private HolderKind holderKind;

    @Column(name = "holder_name")
    private String holderName;

    @Column(name = "holder_subject")
    private String holderSubject;

    private String barcode;

    @Column(name = "school_contract_number")
    private String schoolContractNumber;

    /** Only the keyed hash of the activation code: the code itself exists only when it is made, to be handed out. */
    @Column(name = "activation_code_hash")
    private String activationCodeHash;

    @Enumerated(EnumType.STRING)
    private CardStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "block_reason")
    private BlockReason blockReason;

    @Column(name = "reissued_from_id")
    private Long reissuedFromId;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "stop_list_version")
    private Long stopListVersion;

    @Embedded
    private Vehicle vehicle = new Vehicle();

    @Column(name = "group_id")
    private Long groupId;

    @Column(name = "awaiting_delivery")
    private boolean awaitingDelivery;

    /** A pupil's class at their school (the school component's), kept with the card so a reissue keeps it. */
    @Column(name = "class_id")
    private Long classId;

    @Version
    private long version;

    protected Card() {
    }

    /**
     * @param panHash   keyed lookup hash of the card number
     * @param panSealed the card number sealed under the installation's key
     */
    public Card(long contractId, CardNumber pan, String panHash, String panSealed, CardForm form, Holder holder,
                LocalDate expiresOn, Instant now) {
        if (form == CardForm.VIRTUAL && (holder.name() == null || holder.name().isBlank())) {
            throw new InvalidCardOperationException(HOLDER_DATA_REQUIRED, "A virtual card needs its holder's name");
        }
        this.contractId = contractId;
        this.panHash = Objects.requireNonNull(panHash);
        this.panSealed = Objects.requireNonNull(panSealed);
        this.panMasked = pan.masked();
        this.form = Objects.requireNonNull(form);
        this.holderKind = holder.kind();
        this.holderName = holder.name() == null ? "" : holder.name().strip();
        this.holderSubject = holder.subject();
        this.expiresOn = Objects.requireNonNull(expiresOn);
        this.status = CardStatus.ORDERED;
        this.createdAt = now;
    }

    /** Who or what the card is for: a vehicle (plate), a driver, a pupil or a person, with their Keycloak user id
     * (the tokens' {@code sub}) if they sign in. */
    public record Holder(HolderKind kind, String name, String subject) {
        public Holder {
            Objects.requireNonNull(kind);
        }
    }

    public void identifyBy(Barcode barcode, SchoolContractNumber schoolNumber, String activationCodeHash) {
        this.barcode = barcode == null ? null : barcode.digits();
        this.schoolContractNumber = schoolNumber == null ? null : schoolNumber.value();
        this.activationCodeHash = activationCodeHash;
    }

    /** A new activation code replaces the one handed out before, which no longer links the card. */
    public void newActivationCode(String activationCodeHash) {
        this.activationCodeHash = Objects.requireNonNull(activationCodeHash);
    }

    public CardStatus issue() {
        return moveTo(CardStatus.ISSUED);
    }

    /** A plastic card issued from stock for an order: it may not be activated until the order is delivered. */
    public CardStatus issueForDelivery() {
        CardStatus previous = moveTo(CardStatus.ISSUED);
        awaitingDelivery = true;
        return previous;
    }

    public void delivered() {
        awaitingDelivery = false;
    }

    /** Puts an issued card into use; on a blocked card it is the same as {@link #unblock()}. */
    public CardStatus activate() {
        if (awaitingDelivery) {
            throw new InvalidCardOperationException(NOT_DELIVERED, "Card " + panMasked + " has not been delivered yet");
        }
        return status == CardStatus.BLOCKED ? unblock() : moveTo(CardStatus.ACTIVE);
    }

    public CardStatus block(BlockReason reason) {
        Objects.requireNonNull(reason, "A block needs a reason: temporary, lost or stolen");
        CardStatus previous = moveTo(CardStatus.BLOCKED);
        blockReason = reason;
        return previous;
    }

    public CardStatus unblock() {
        if (status == CardStatus.BLOCKED && blockReason != BlockReason.TEMPORARY) {
            throw new InvalidCardOperationException(PERMANENT_BLOCK, "Card " + panMasked + " was reported "
                    + blockReason + " and can only be reissued");
        }
        CardStatus previous = moveTo(CardStatus.ACTIVE);
        blockReason = null;
        return previous;
    }

    public CardStatus markReissued() {
        return moveTo(CardStatus.REISSUED);
    }

    /**
     * Closes the card for good. Refused while its own purses hold or reserve money: once closed, nothing could move
     * it out again, so it is taken back to the contract (or spent) first.
     */
    public CardStatus close(boolean purseHoldsMoney) {
        if (purseHoldsMoney) {
            throw new InvalidCardOperationException(InvalidCardOperationException.Code.MONEY_LEFT,
                    "Card " + panMasked + " still holds money; move it to the contract account before closing the card");
        }
        return moveTo(CardStatus.CLOSED);
    }

    /** The new card of a reissue: same contract, holder and identifiers, a new number, active at once. */
    public Card reissueAs(CardNumber newPan, String newPanHash, String newPanSealed, LocalDate expiresOn, Instant now) {
        Card successor = new Card(contractId, newPan, newPanHash, newPanSealed, form,
                new Holder(holderKind, holderName, holderSubject), expiresOn, now);
        successor.reissuedFromId = id;
        successor.vehicle = vehicle;
        successor.groupId = groupId;
        successor.activationCodeHash = activationCodeHash;
        successor.classId = classId;
        successor.status = CardStatus.ACTIVE;
        return successor;
    }

    /**
     * Makes this new card the successor of {@code predecessor} on another contract (a pupil changing school): it keeps
     * its own number and school identifiers; the old card's history stays with the old card.
     */
    public void succeed(Card predecessor) {
        reissuedFromId = predecessor.id;
    }

    /** Who the card is for, as a card continuing it is made for the same holder. */
    public Holder holder() {
        return new Holder(holderKind, holderName, holderSubject);
    }

    public CardForm form() {
        return form;
    }

    /** Moves the school identifiers to the successor: unique columns, so they leave this card first. */
    public void handOverIdentifiersTo(Card successor) {
        successor.barcode = barcode;
        successor.schoolContractNumber = schoolContractNumber;
        barcode = null;
        schoolContractNumber = null;
    }

    /** Whether terminals must refuse this card. */
    public boolean isStopListed() {
        return status == CardStatus.BLOCKED || status == CardStatus.REISSUED || status == CardStatus.CLOSED;
    }

    /** Marks a change terminals must learn about, with the stop list's next version. */
    public void stampStopList(long version) {
        this.stopListVersion = version;
    }

    public Long stopListVersion() {
        return stopListVersion;
    }

    /** The vehicle, plate, driver and tank of a fleet card; all empty for others. */
    public Vehicle vehicle() {
        return vehicle == null ? new Vehicle() : vehicle;
    }

    public void describe(Vehicle vehicle) {
        this.vehicle = java.util.Objects.requireNonNull(vehicle);
    }

    /** The card group of its contract the card belongs to, or null. */
    public Long groupId() {
        return groupId;
    }

    public void moveToGroup(CardGroup group) {
        if (group != null && group.contractId() != contractId) {
            throw new InvalidCardOperationException(InvalidCardOperationException.Code.GROUP_OF_OTHER_CONTRACT,
                    "Group " + group.name() + " is not of the card's contract");
        }
        this.groupId = group == null ? null : group.id();
    }

    /** Why the card cannot pay on {@code today}, its contract's local date: it is not active, or it has expired. */
    public Optional<CardRefusal> refusalToPay(LocalDate today) {
        if (status != CardStatus.ACTIVE) {
            return Optional.of(CardRefusal.blocked(panMasked, status));
        }
        return today.isAfter(expiresOn) ? Optional.of(CardRefusal.expired(panMasked, expiresOn)) : Optional.empty();
    }

    /** Why money can no longer be moved on the card's purses: it was closed or replaced; a blocked card's still can. */
    public Optional<CardRefusal> refusalToMoveMoney() {
        return status == CardStatus.CLOSED || status == CardStatus.REISSUED
                ? Optional.of(CardRefusal.blocked(panMasked, status)) : Optional.empty();
    }

    private CardStatus moveTo(CardStatus next) {
        if (!status.mayBecome(next)) {
            throw new InvalidCardOperationException(STATUS_TRANSITION, "Card " + panMasked + " is " + status
                    + " and cannot become " + next);
        }
        CardStatus previous = status;
        status = next;
        return previous;
    }

    public Long id() {
        return id;
    }

    public long contractId() {
        return contractId;
    }

    public String panMasked() {
        return panMasked;
    }

    public String panSealed() {
        return panSealed;
    }

    public CardStatus status() {
        return status;
    }

    public BlockReason blockReason() {
        return blockReason;
    }

    public HolderKind holderKind() {
        return holderKind;
    }

    public String holderName() {
        return holderName;
    }

    public String holderSubject() {
        return holderSubject;
    }

    /**
     * Names a school card's holder as the school's lists do: a pupil, or a member of staff ({@link HolderKind#PERSON})
     * whom the canteen serves as staff; other cards, and other kinds of holder, are refused.
     */
    public void listAs(HolderKind kind, String name) {
        if (schoolContractNumber == null || (kind != HolderKind.PUPIL && kind != HolderKind.PERSON)) {
            throw new InvalidCardOperationException(InvalidCardOperationException.Code.NOT_A_SCHOOL_CARD,
                    "Card " + panMasked + " is not a school card that a pupil or a member of staff holds");
        }
        if (name == null || name.isBlank()) {
            throw new InvalidCardOperationException(HOLDER_DATA_REQUIRED, "A school card names its holder");
        }
        this.holderKind = kind;
        this.holderName = name.strip();
    }

    /** Places a pupil's card in a class of its school, or out of any with {@code null}. */
    public void placeInClass(Long classId) {
        this.classId = classId;
    }

    public Long classId() {
        return classId;
    }

    public String schoolContractNumber() {
        return schoolContractNumber;
    }

    public String barcode() {
        return barcode;
    }

    public String activationCodeHash() {
        return activationCodeHash;
    }

    public Long reissuedFromId() {
        return reissuedFromId;
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }

    public boolean isAwaitingDelivery() {
        return awaitingDelivery;
    }
}
