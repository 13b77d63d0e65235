package org.cardhub.wallets.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * The person behind a wallet opened by phone: the name they gave, when the wallet last moved money, and how it ended.
 * A wallet 366 days without a transaction is closed by itself, after a notice 30 days before; its balance stays
 * claimable.
 */
@Entity
@Table(name = "wallet_holder")
public class WalletHolder {

    public static final Duration DORMANT_AFTER = Duration.ofDays(366);
    public static final Duration NOTICE_BEFORE = Duration.ofDays(30);

    /** How a wallet ended. */
    public enum Closing {
        /** The holder asked, with the code to their phone. */
        REQUEST,
        /** 366 days without a transaction. */
        DORMANT
    }

    @Id
    @Column(name = "contract_id")
    private long contractId;

    private String subject;

    @Column(name = "first_name")
    private String firstName;

    @Column(name = "last_name")
    private String lastName;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "last_activity_at")
    private Instant lastActivityAt;

    @Column(name = "closure_notice_at")
    private Instant closureNoticeAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "closed_how")
    private Closing closedHow;

    @Column(name = "payout_card")
    private String payoutCard;

    @Version
    private long version;

    protected WalletHolder() {
    }

    public WalletHolder(long contractId, String subject, PersonName name, Instant now) {
        this.contractId = contractId;
        this.subject = Objects.requireNonNull(subject);
        this.firstName = name.first();
        this.lastName = name.last();
        this.openedAt = now;
        this.lastActivityAt = now;
    }

    /** What a sender sees of the receiver before confirming: «Алексей С.». */
    public String maskedName() {
        return new PersonName(firstName, lastName).masked();
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    /** Money moved in or out: the dormancy clock starts again and a notice sent is void. */
    public void movedMoney(Instant at) {
        if (at.isAfter(lastActivityAt)) {
            lastActivityAt = at;
            closureNoticeAt = null;
        }
    }

    /** Whether a notice of closure is due now: 336 days quiet, none sent since the last transaction. */
    public boolean isNoticeDue(Instant now) {
        return isOpen() && closureNoticeAt == null
                && !now.isBefore(lastActivityAt.plus(DORMANT_AFTER).minus(NOTICE_BEFORE));
    }

    /** Kept to the microsecond the database keeps (it rounds finer times, which could move the notice later). */
    public void noticeSent(Instant now) {
        closureNoticeAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    /** Whether the wallet is closed by itself now: 366 days quiet and the notice sent at least 30 days ago. */
    public boolean isDormant(Instant now) {
        return isOpen() && !now.isBefore(lastActivityAt.plus(DORMANT_AFTER)) && closureNoticeAt != null
                && !now.isBefore(closureNoticeAt.plus(NOTICE_BEFORE));
    }

    /** The day it closes by itself if nothing happens. */
    public Instant closesBy() {
        return lastActivityAt.plus(DORMANT_AFTER);
    }

    public void close(Closing how, String maskedPayoutCard, Instant now) {
        if (!isOpen()) {
            throw new WalletRefusal(WalletRefusal.Code.WALLET_CLOSED, "The wallet is closed already");
        }
        closedHow = Objects.requireNonNull(how);
        closedAt = now;
        payoutCard = maskedPayoutCard;
    }

    public boolean isOpen() {
        return closedAt == null;
    }

    public long contractId() {
        return contractId;
    }

    public String subject() {
        return subject;
    }

    public PersonName name() {
        return new PersonName(firstName, lastName);
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant lastActivityAt() {
        return lastActivityAt;
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    public Optional<Closing> closedHow() {
        return Optional.ofNullable(closedHow);
    }

    public Optional<String> payoutCard() {
        return Optional.ofNullable(payoutCard);
    }
}
