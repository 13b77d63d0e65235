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
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.payments.entity.OperationKey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A sum a wallet sends on a schedule to a receiver its holder confirmed. A run that fails — declined, or the receiver
 * gone — is tried again the next day; after {@value #FAILURES_TO_PAUSE} failures in a row the auto-payment pauses
 * until its holder resumes it. A run pays under its own operation key (the auto-payment and the run date), so running
 * it again never pays twice.
 */
@Entity
@Table(name = "wallet_auto_payment")
public class AutoPayment {

    public static final int FAILURES_TO_PAUSE = 3;
    /** Above this a transfer needs a code to the phone, which nobody can type for a schedule. */
    public static final Amount MAX_AMOUNT = Amount.ofMinorUnits(300_000, Currency.RUB);
    /** The last outcome of a run that paid. */
    public static final String SENT = "SENT";
    /** The last outcome of a run whose receiver was no longer found; other failures are the decline's code. */
    public static final String TARGET_GONE = "TARGET_GONE";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contract_id")
    private long contractId;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind")
    private Receiver.Kind targetKind;

    @Column(name = "target_reference")
    private String targetReference;

    @Column(name = "target_name")
    private String targetName;

    @Column(name = "amount_minor")
    private long amountMinor;

    @Enumerated(EnumType.STRING)
    @Column(name = "schedule_kind")
    private AutoPaymentSchedule.Kind scheduleKind;

    @Column(name = "schedule_day")
    private int scheduleDay;

    @Column(name = "next_run")
    private LocalDate nextRun;

    private boolean active;

    @Column(name = "last_run")
    private LocalDate lastRun;

    @Column(name = "last_outcome")
    private String lastOutcome;

    private int failures;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected AutoPayment() {
    }

    /** Its first run is the schedule's first day after {@code today} (in the wallet's zone). */
    public AutoPayment(long contractId, Receiver target, Amount amount, AutoPaymentSchedule schedule, LocalDate today,
                       Instant now) {
        requireAmount(amount);
        this.contractId = contractId;
        this.targetKind = target.kind();
        this.targetReference = target.reference();
        this.targetName = target.maskedName() == null ? "" : target.maskedName();
        this.amountMinor = amount.minorUnits();
        this.scheduleKind = schedule.kind();
        this.scheduleDay = schedule.day();
        this.nextRun = schedule.firstAfter(today);
        this.active = true;
        this.createdAt = now;
    }

    /** A positive sum in roubles, at most {@link #MAX_AMOUNT}. */
    public static void requireAmount(Amount amount) {
        if (amount == null || amount.currency() != Currency.RUB || !amount.isPositive()) {
            throw new WalletRefusal(WalletRefusal.Code.AMOUNT_INVALID, "An auto-payment is a positive amount in roubles");
        }
        if (amount.isGreaterThan(MAX_AMOUNT)) {
            throw new WalletRefusal(WalletRefusal.Code.AUTO_PAYMENT_TOO_LARGE, "An auto-payment is at most 3 000 ₽");
        }
    }

    public boolean isDue(LocalDate today) {
        return active && !nextRun.isAfter(today);
    }

    /** The key its run due now pays under: one payment per auto-payment and run date. */
    public OperationKey runKey() {
        return new OperationKey("autopay:" + id, nextRun.toString());
    }

    public void sent(LocalDate today) {
        lastRun = today;
        lastOutcome = SENT;
        failures = 0;
        nextRun = schedule().firstAfter(today);
    }

    /** A run failed with {@code outcome}: tried again tomorrow, or paused at the third failure in a row (answered). */
    public boolean failed(String outcome, LocalDate today) {
        lastRun = today;
        lastOutcome = outcome;
        failures++;
        nextRun = today.plusDays(1);
        if (failures >= FAILURES_TO_PAUSE) {
            active = false;
        }
        return !active;
    }

    public void pause() {
        active = false;
    }

    /** Runs again from the schedule's next day after {@code today}, its failures forgiven. */
    public void resume(LocalDate today) {
        active = true;
        failures = 0;
        nextRun = schedule().firstAfter(today);
    }

    public boolean belongsTo(long walletContractId) {
        return contractId == walletContractId;
    }

    public Long id() {
        return id;
    }

    public long contractId() {
        return contractId;
    }

    public Receiver target() {
        return new Receiver(targetKind, targetReference, targetName);
    }

    public Amount amount() {
        return Amount.ofMinorUnits(amountMinor, Currency.RUB);
    }

    public AutoPaymentSchedule schedule() {
        return new AutoPaymentSchedule(scheduleKind, scheduleDay);
    }

    public LocalDate nextRun() {
        return nextRun;
    }

    public boolean isActive() {
        return active;
    }

    public Optional<LocalDate> lastRun() {
        return Optional.ofNullable(lastRun);
    }

    public Optional<String> lastOutcome() {
        return Optional.ofNullable(lastOutcome);
    }

    public int failures() {
        return failures;
    }
}
