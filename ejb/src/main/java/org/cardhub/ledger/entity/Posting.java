package org.cardhub.ledger.entity;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.cardhub.schema.entity.SequenceKeys;

/** One line of a journal entry: this much into (positive) or out of (negative) one account. */
@Entity
public class Posting {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "posting_seq")
    @SequenceGenerator(name = "posting_seq", sequenceName = "posting_seq", allocationSize = SequenceKeys.BLOCK)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "entry_id")
    private JournalEntry entry;

    @Column(name = "account_id")
    private long accountId;

    @Enumerated(EnumType.STRING)
    private Currency currency;

    @Column(name = "amount_minor")
    private long amount;

    protected Posting() {
    }

    Posting(JournalEntry entry, long accountId, Amount amount) {
        if (amount.isZero()) {
            throw new UnbalancedEntryException("A posting of zero moves nothing");
        }
        this.entry = entry;
        this.accountId = accountId;
        this.currency = amount.currency();
        this.amount = amount.minorUnits();
    }

    public long accountId() {
        return accountId;
    }

    public Amount amount() {
        return Amount.ofMinorUnits(amount, currency);
    }
}
