package org.cardhub.wallets.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.ledger.entity.EntryKind;
import org.cardhub.wallets.entity.Identification;
import org.cardhub.wallets.entity.WalletOperation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Optional;

/** What a wallet's pages read, paged in the database ({@code posting_account_entry}). */
@Dependent
public class WalletQueries {

    @PersistenceContext
    EntityManager em;

    /** The movements of the wallet's account, newest first. */
    public List<WalletOperation> operations(long accountId, int first, int max) {
        List<Object[]> rows = em.createQuery("SELECT e.id, e.bookedAt, e.kind, e.cardId, p.amount, "
                        + "(SELECT COUNT(r) FROM JournalEntry r WHERE r.reversesEntryId = e.id) "
                        + "FROM Posting p JOIN p.entry e "
                        + "WHERE p.accountId = :account ORDER BY e.bookedAt DESC, e.id DESC", Object[].class)
                .setParameter("account", accountId).setFirstResult(first).setMaxResults(max).getResultList();
        Map<Long, String> cards = masksOf(rows.stream().map(row -> (Long) row[3]).filter(Objects::nonNull).collect(Collectors.toSet()));
        return rows.stream().map(row -> new WalletOperation((Long) row[0], (Instant) row[1], (EntryKind) row[2],
                        row[3] == null ? null : cards.get((Long) row[3]), ((Number) row[4]).longValue(), ((Number) row[5]).longValue() > 0))
                .toList();
    }

    private Map<Long, String> masksOf(Set<Long> cardIds) {
        if (cardIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT c.id, c.panMasked FROM Card c WHERE c.id IN :ids", Object[].class)
                .setParameter("ids", cardIds).getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
    }

    public long countOperations(long accountId) {
        return em.createQuery("SELECT COUNT(p) FROM Posting p WHERE p.accountId = :account", Long.class)
                .setParameter("account", accountId).getSingleResult();
    }

    /** The wallet's latest request for identification, whatever became of it. */
    public Optional<Identification> latestIdentification(long contractId) {
        return em.createQuery("SELECT i FROM Identification i WHERE i.contractId = :contract "
                        + "ORDER BY i.submittedAt DESC, i.id DESC", Identification.class)
                .setParameter("contract", contractId).setMaxResults(1).getResultStream().findFirst();
    }
}
