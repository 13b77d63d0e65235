package org.cardhub.bonus.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A holder's points book as the records keep it: the row a change of the book locks, the book's day and the ledger
 * account its movements are posted to. The holder is a plain key (a wallet contract's number, a bonus card's id).
 */
@Entity
@Table(name = "points_book")
public class PointsBookRecord {

    @Id
    private String holder;

    @Column(name = "book_day")
    private LocalDate bookDay;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "created_at")
    private Instant createdAt;

    protected PointsBookRecord() {
    }

    public PointsBookRecord(String holder, Instant now) {
        if (holder == null || holder.isBlank() || holder.length() > 64) {
            throw new IllegalArgumentException("A points book's holder is a key of 1 to 64 characters");
        }
        this.holder = holder;
        this.createdAt = now;
    }

    public void keep(PointsBook book) {
        bookDay = book.today();
    }

    /** Binds the book to its ledger account on its first posting; refuses another account afterwards. */
    public void postsTo(long account) {
        if (accountId != null && accountId != account) {
            throw new IllegalStateException("The points of " + holder + " are posted to account " + accountId
                    + ", not " + account);
        }
        accountId = account;
    }

    public String holder() {
        return holder;
    }

    public LocalDate bookDay() {
        return bookDay;
    }

    public Long accountId() {
        return accountId;
    }
}
