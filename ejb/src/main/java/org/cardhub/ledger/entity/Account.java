package org.cardhub.ledger.entity;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.money.InvalidAmountException;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.util.Objects;

/**
 * An account of the ledger in one currency. Its balance is the sum of its postings; the cached
 * {@code balance} and {@code held} are kept in step by the ledger and checked against the postings by
 * the ledger check. Only system accounts may go below zero; any other may draw down to minus its
 * credit limit, counting what open authorisations hold. System accounts keep no cached balance: every
 * purchase touches one, and a cached balance there would make all purchases queue for one row.
 */
@Entity
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contract_id")
    private Long contractId;

    @Column(name = "card_id")
    private Long cardId;

    @Column(name = "system_code")
    private String systemCode;

    @Enumerated(EnumType.STRING)
    private AccountPurpose purpose;

    @Enumerated(EnumType.STRING)
    private Currency currency;

    @Column(name = "balance_minor")
    private long balance;

    @Column(name = "held_minor")
    private long held;

    @Column(name = "credit_limit_minor")
    private long creditLimit;

    @Column(name = "auto_top_up")
    private boolean autoTopUp;

    @Version
    private long version;

    protected Account() {
    }

    private Account(Long contractId, Long cardId, AccountPurpose purpose, Currency currency) {
        this.contractId = Objects.requireNonNull(contractId, "an account belongs to a contract");
        this.cardId = cardId;
        this.purpose = Objects.requireNonNull(purpose);
        this.currency = Objects.requireNonNull(currency);
    }

    public static Account ofContract(long contractId, AccountPurpose purpose, Currency currency) {
        return new Account(contractId, null, purpose, currency);
    }

    public static Account ofCard(long contractId, long cardId, AccountPurpose purpose, Currency currency) {
        return new Account(contractId, cardId, purpose, currency);
    }

    /** Whether an auto top-up rule refills this account when it runs low. */
    public boolean hasAutoTopUp() {
        return autoTopUp;
    }

    public void refillAutomatically() {
        autoTopUp = true;
    }

    public boolean isSystem() {
        return systemCode != null;
    }

    /** What may still be spent: balance minus holds plus the credit line. */
    public Amount available() {
        return Amount.ofMinorUnits(balance - held + creditLimit, currency);
    }

    public Amount balance() {
        return Amount.ofMinorUnits(balance, currency);
    }

    public Amount held() {
        return Amount.ofMinorUnits(held, currency);
    }

    public boolean canCover(Amount amount) {
        requireCurrency(amount);
        return isSystem() || !available().isLessThan(amount);
    }

    void apply(Amount posting) {
        requireCurrency(posting);
        if (isSystem()) {
            return;
        }
        long next = Math.addExact(balance, posting.minorUnits());
        // money coming in is never refused, even into an account that is over a lowered credit line
        if (posting.isNegative() && next - held + creditLimit < 0) {
            throw new InsufficientFundsException(id, available(), posting.negate());
        }
        balance = next;
    }

    public void hold(Amount amount) {
        requireCurrency(amount);
        requirePositive(amount);
        if (!canCover(amount)) {
            throw new InsufficientFundsException(id, available(), amount);
        }
        held = Math.addExact(held, amount.minorUnits());
    }

    public void release(Amount amount) {
        requireCurrency(amount);
        requirePositive(amount);
        if (amount.minorUnits() > held) {
            throw new IllegalStateException("Account " + id + " holds " + held() + ", cannot release " + amount);
        }
        held -= amount.minorUnits();
    }

    public void setCreditLimit(Amount limit) {
        requireCurrency(limit);
        if (limit.isNegative()) {
            throw new IllegalArgumentException("A credit limit cannot be negative");
        }
        creditLimit = limit.minorUnits();
    }

    private static void requirePositive(Amount amount) {
        if (!amount.isPositive()) {
            throw new InvalidAmountException(InvalidAmountException.Code.AMOUNT_NOT_POSITIVE,
                    "Only a positive amount can be held or released, not " + amount);
        }
    }

    /** Refuses an amount in another currency than this account's. */
    void requireCurrency(Amount amount) {
        if (amount.currency() != currency) {
            throw new InvalidAmountException(InvalidAmountException.Code.CURRENCY_MISMATCH,
                    "Account " + id + " is in " + currency + ", not " + amount.currency());
        }
    }

    public Long id() {
        return id;
    }

    public Long contractId() {
        return contractId;
    }

    public Long cardId() {
        return cardId;
    }

    public String systemCode() {
        return systemCode;
    }

    public AccountPurpose purpose() {
        return purpose;
    }

    public Currency currency() {
        return currency;
    }

    public Amount creditLimit() {
        return Amount.ofMinorUnits(creditLimit, currency);
    }
}
