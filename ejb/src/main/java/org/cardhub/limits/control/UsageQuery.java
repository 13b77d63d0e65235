package org.cardhub.limits.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.ledger.entity.EntryKind;
import org.cardhub.ledger.entity.HoldStatus;
import org.cardhub.limits.entity.PeriodWindow;
import org.cardhub.limits.entity.ProductCategory;
import org.cardhub.limits.entity.SpendingLimit;
import org.cardhub.limits.entity.Usage;

import java.util.List;
import java.util.Set;

/**
 * What a card or a contract spent in a window, read from the ledger itself: purchases and completions
 * that were not reversed, plus the holds still open. Callers hold the lock of the account the spending
 * draws on, so nothing slips in between this count and the posting.
 */
@Dependent
public class UsageQuery {

    private static final List<EntryKind> SPENDING = List.of(EntryKind.PURCHASE, EntryKind.COMPLETION);

    @PersistenceContext
    EntityManager em;

    public Usage usedBy(SpendingLimit limit, PeriodWindow window) {
        Set<String> categories = limit.categories();
        String scope = limit.cardId() == null ? "contractId" : "cardId";
        Object owner = limit.cardId() == null ? limit.contractId() : limit.cardId();
        String filter = categories.isEmpty() ? "" : " AND (UPPER(e.category) IN :categories OR UPPER(e.productCode) IN :categories)";
        var entries = em.createQuery("SELECT COALESCE(SUM(e.amountMinor), 0), COALESCE(SUM(e.volumeMilli), 0), COUNT(e) "
                        + "FROM JournalEntry e WHERE e." + scope + " = :owner AND e.kind IN :kinds "
                        + "AND e.bookedAt >= :start AND e.bookedAt < :end" + filter
                        // a free meal is paid from the school's budget, not the pupil's money
                        + " AND (e.category IS NULL OR e.category <> :freeMeal)"
                        + " AND NOT EXISTS (SELECT r FROM JournalEntry r WHERE r.reversesEntryId = e.id)", Object[].class)
                .setParameter("owner", owner).setParameter("kinds", SPENDING).setParameter("freeMeal", ProductCategory.FREE_MEAL)
                .setParameter("start", window.start()).setParameter("end", window.end());
        String holdFilter = categories.isEmpty() ? "" : " AND (UPPER(h.category) IN :categories OR UPPER(h.productCode) IN :categories)";
        String holdScope = limit.cardId() == null
                ? "h.cardId IN (SELECT c.id FROM Card c WHERE c.contractId = :owner)"
                : "h.cardId = :owner";
        var holds = em.createQuery("SELECT COALESCE(SUM(h.amount), 0), COALESCE(SUM(h.volume), 0), COUNT(h) "
                        + "FROM Hold h WHERE " + holdScope + " AND h.status = :open "
                        + "AND h.createdAt >= :start AND h.createdAt < :end" + holdFilter, Object[].class)
                .setParameter("owner", owner).setParameter("open", HoldStatus.OPEN)
                .setParameter("start", window.start()).setParameter("end", window.end());
        if (!categories.isEmpty()) {
            entries.setParameter("categories", categories);
            holds.setParameter("categories", categories);
        }
        return toUsage(entries.getSingleResult()).plus(toUsage(holds.getSingleResult()));
    }

    private static Usage toUsage(Object[] row) {
        return new Usage(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), ((Number) row[2]).longValue());
    }
}
