package org.cardhub.bonus.control;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.bonus.entity.BonusRules;
import org.cardhub.bonus.entity.PointsBook;
import org.cardhub.bonus.entity.PointsBookRecord;
import org.cardhub.bonus.entity.PointsMovementRecord;
import org.cardhub.contracts.entity.Contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * A change of a wallet's points book in the caller's transaction: the book's row made sure of (in a transaction of its
 * own), the book opened under its row lock — so two changes for one holder run one after the other and neither is
 * lost — changed by the operation, kept, and its new movements posted on the ledger.
 */
@Dependent
public class HolderBooks {

    @PersistenceContext
    EntityManager em;

    @Inject
    PointsBooks books;

    @Inject
    PointsPostings postings;

    @EJB
    PointsBookRows rows;

    public <T> T change(Contract wallet, BonusRules rules, Instant now, String actor, Function<PointsBook, T> operation) {
        String holder = wallet.number();
        ensure(holder, now);
        PointsBooks.Opened opened = books.open(holder, rules, now);
        T result = operation.apply(opened.book());
        List<PointsMovementRecord> fresh = books.keep(opened);
        postings.post(opened, wallet.id(), fresh, now, actor);
        return result;
    }

    /** The holder's book row, written now if there is none yet. */
    public void ensure(String holder, Instant now) {
        if (em.find(PointsBookRecord.class, holder) != null) {
            return;
        }
        try {
            rows.create(holder, now);
        } catch (EJBException writtenMeanwhile) {
            // another transaction wrote it first: the row is there, which is all that was wanted
        }
    }

    /**
     * The day an operation of that moment is booked on: the moment's day where the wallet lives, or the book's own
     * day if that is later — the book's time never goes back, so a check that comes late counts on the book's day.
     */
    public static LocalDate dayOf(Instant at, Contract wallet, PointsBook book) {
        LocalDate day = LocalDate.ofInstant(at, wallet.timeZone());
        return book.today() != null && book.today().isAfter(day) ? book.today() : day;
    }
}
