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

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A one-time code sent to a phone for one purpose, kept only as its keyed hash. The latest code of a number and purpose
 * is the one checked; a new one replaces it, at most once a minute (a spent code does not hold the next one back, so two
 * operations in a row can each be confirmed). Wrong codes are counted across the codes that replace each other: five
 * within an hour of the first block the number for that purpose for an hour, and asking for a new code does not start
 * the count afresh. A blocked number checks no code at all, the right one neither, so the block cannot be used to test
 * codes; a right code clears the count. An expired or spent code is not checked, and nothing is counted for it.
 */
@Entity
@Table(name = "phone_code")
public class PhoneCode {

    public static final Duration VALID_FOR = Duration.ofMinutes(5);
    public static final Duration RESEND_AFTER = Duration.ofMinutes(1);
    public static final int MAX_WRONG = 5;
    /** The wrong codes counted together: those within this time of the first. */
    public static final Duration WINDOW = Duration.ofHours(1);
    public static final Duration BLOCK = Duration.ofHours(1);

    public enum Status { ACTIVE, USED, REPLACED, BLOCKED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String phone;

    @Enumerated(EnumType.STRING)
    private CodePurpose purpose;

    @Column(name = "code_hash")
    private String codeHash;

    @Column(name = "issued_at")
    private Instant issuedAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(name = "wrong_count")
    private int wrongCount;

    @Column(name = "first_wrong_at")
    private Instant firstWrongAt;

    @Column(name = "blocked_until")
    private Instant blockedUntil;

    @Column(name = "used_at")
    private Instant usedAt;

    @Version
    private long version;

    protected PhoneCode() {
    }

    private PhoneCode(PhoneNumber phone, CodePurpose purpose, String codeHash, Instant now) {
        this.phone = phone.value();
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.codeHash = Objects.requireNonNull(codeHash, "codeHash");
        this.issuedAt = now;
        this.expiresAt = now.plus(VALID_FOR);
        this.status = Status.ACTIVE;
    }

    /** Why no new code may be sent at {@code now} after {@code latest} (the number blocked, or too soon); empty if one may. */
    public static Optional<CodeSending> holdsBack(Optional<PhoneCode> latest, Instant now) {
        return latest.flatMap(code -> code.holdsBack(now));
    }

    /**
     * A new code for the number and purpose, replacing {@code latest} and carrying its count of wrong codes; the caller
     * asked {@link #holdsBack} first.
     */
    public static PhoneCode issue(PhoneNumber phone, CodePurpose purpose, OneTimeCode code, CodeHasher hasher,
                                  Optional<PhoneCode> latest, Instant now) {
        holdsBack(latest, now).ifPresent(refused -> {
            throw new IllegalStateException("No new code for " + phone + " " + purpose + " now: " + refused.status());
        });
        PhoneCode fresh = new PhoneCode(phone, purpose, hasher.hash(phone, purpose, code), now);
        latest.ifPresent(previous -> previous.replaceBy(fresh, now));
        return fresh;
    }

    /** What the page may say of this code having been sent at its issue. */
    public CodeSending sending() {
        return CodeSending.sent(issuedAt, expiresAt, issuedAt.plus(RESEND_AFTER));
    }

    /** Checks a typed code at {@code now}; on {@link CodeCheck.Result#ACCEPTED} the code is spent. */
    public CodeCheck verify(OneTimeCode typed, CodeHasher hasher, Instant now) {
        Objects.requireNonNull(typed, "typed");
        Optional<Instant> blocked = blockedAt(now);
        if (blocked.isPresent()) {
            return CodeCheck.blocked(blocked.get(), false);
        }
        if (status == Status.USED) {
            return CodeCheck.of(CodeCheck.Result.USED);
        }
        if (status != Status.ACTIVE || !now.isBefore(expiresAt)) {
            return CodeCheck.of(CodeCheck.Result.EXPIRED);
        }
        if (matches(hasher.hash(phone(), purpose, typed))) {
            status = Status.USED;
            usedAt = now;
            clearCount();
            return CodeCheck.of(CodeCheck.Result.ACCEPTED);
        }
        return wrong(now);
    }

    /** Until when the number is blocked for this purpose, if it is at {@code now}. */
    public Optional<Instant> blockedAt(Instant now) {
        return blockedUntil != null && now.isBefore(blockedUntil) ? Optional.of(blockedUntil) : Optional.empty();
    }

    /** How many more wrong codes the number takes for this purpose at {@code now} before it is blocked. */
    public int attemptsLeft(Instant now) {
        if (blockedAt(now).isPresent()) {
            return 0;
        }
        return MAX_WRONG - (counting(now) ? wrongCount : 0);
    }

    private Optional<CodeSending> holdsBack(Instant now) {
        Optional<Instant> blocked = blockedAt(now);
        if (blocked.isPresent()) {
            return Optional.of(CodeSending.blocked(now, blocked.get()));
        }
        Instant next = issuedAt.plus(RESEND_AFTER);
        if (status != Status.USED && now.isBefore(next)) {
            return Optional.of(CodeSending.tooSoon(now, next));
        }
        return Optional.empty();
    }

    private void replaceBy(PhoneCode next, Instant now) {
        if (counting(now)) {
            next.wrongCount = wrongCount;
            next.firstWrongAt = firstWrongAt;
        }
        if (status == Status.ACTIVE) {
            status = Status.REPLACED;
        }
    }

    /** Whether earlier wrong codes still count at {@code now}: within the window of the first, and no block since. */
    private boolean counting(Instant now) {
        return wrongCount > 0 && blockedUntil == null && now.isBefore(firstWrongAt.plus(WINDOW));
    }

    private CodeCheck wrong(Instant now) {
        if (!counting(now)) {
            wrongCount = 0;
            firstWrongAt = now;
        }
        wrongCount++;
        if (wrongCount < MAX_WRONG) {
            return CodeCheck.wrong(MAX_WRONG - wrongCount);
        }
        status = Status.BLOCKED;
        blockedUntil = now.plus(BLOCK);
        return CodeCheck.blocked(blockedUntil, true);
    }

    /** Compared in the same time wherever the hashes differ, so an answer's time tells nothing of a guess. */
    private boolean matches(String typedHash) {
        return MessageDigest.isEqual(typedHash.getBytes(StandardCharsets.UTF_8), codeHash.getBytes(StandardCharsets.UTF_8));
    }

    private void clearCount() {
        wrongCount = 0;
        firstWrongAt = null;
    }

    public Long id() {
        return id;
    }

    public PhoneNumber phone() {
        return new PhoneNumber(phone);
    }

    public CodePurpose purpose() {
        return purpose;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Status status() {
        return status;
    }

    public int wrongCount() {
        return wrongCount;
    }
}
