package org.cardhub.registry.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.registry.entity.CardQuery;
import org.cardhub.registry.entity.CardRow;
import org.cardhub.registry.entity.ContractFilter;
import org.cardhub.registry.entity.ContractRow;
import org.cardhub.secrets.SecretVault;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The registry's searches, counted and paged in the database. A full card number is looked up by its keyed hash (the
 * unique {@code pan_hash}), never compared in clear; the last four by the masked number's end, which PostgreSQL answers
 * from the expression index {@code card_pan_last4} (V36); a holder's name by a part of it in any case.
 */
@Dependent
public class RegistryQueries {

    // the contract first: EclipseLink attaches an outer join to the root it follows in the FROM clause
    private static final String CARDS = " FROM Contract k LEFT JOIN Organization o ON o.id = k.organizationId, Card c "
            + "WHERE c.contractId = k.id AND ";
    private static final String CONTRACTS = " FROM Contract k LEFT JOIN Organization o ON o.id = k.organizationId";

    @PersistenceContext
    EntityManager em;

    @Inject
    SecretVault vault;

    public long countCards(CardQuery query) {
        return bind(em.createQuery("SELECT COUNT(c)" + CARDS + condition(query), Long.class), query).getSingleResult();
    }

    public List<CardRow> cards(CardQuery query, int first, int max) {
        return bind(em.createQuery("SELECT NEW org.cardhub.registry.entity.CardRow(c.id, c.panMasked, c.status, "
                        + "c.holderKind, c.holderName, k.id, k.number, k.kind, o.name)" + CARDS + condition(query)
                        + " ORDER BY c.holderName, c.id", CardRow.class), query)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 100))).getResultList();
    }

    /** How many cards the contract has: all of them, or only those not closed or replaced. */
    public long countCardsOf(long contractId, boolean liveOnly) {
        if (!liveOnly) {
            return em.createQuery("SELECT COUNT(c) FROM Card c WHERE c.contractId = :contract", Long.class)
                    .setParameter("contract", contractId).getSingleResult();
        }
        return em.createQuery("SELECT COUNT(c) FROM Card c WHERE c.contractId = :contract AND c.status NOT IN :gone", Long.class)
                .setParameter("contract", contractId).setParameter("gone", List.of(CardStatus.CLOSED, CardStatus.REISSUED))
                .getSingleResult();
    }

    /** When the contract was made (the entity keeps it without handing it out). */
    public Instant createdAt(long contractId) {
        return em.createQuery("SELECT k.createdAt FROM Contract k WHERE k.id = :id", Instant.class)
                .setParameter("id", contractId).getResultStream().findFirst().orElse(null);
    }

    public long countContracts(ContractFilter filter) {
        Where where = new Where(filter);
        return where.bind(em.createQuery("SELECT COUNT(k)" + CONTRACTS + where.clause, Long.class)).getSingleResult();
    }

    public List<ContractRow> contracts(ContractFilter filter, int first, int max) {
        Where where = new Where(filter);
        return where.bind(em.createQuery("SELECT NEW org.cardhub.registry.entity.ContractRow(k.id, k.number, k.kind, "
                        + "k.status, o.name, k.createdAt)" + CONTRACTS + where.clause + " ORDER BY k.id DESC", ContractRow.class))
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 100))).getResultList();
    }

    private static String condition(CardQuery query) {
        return switch (query.kind()) {
            case NUMBER -> "c.panHash = :value";
            case LAST_FOUR -> "FUNCTION('RIGHT', c.panMasked, 4) = :value";
            case BARCODE -> "c.barcode = :value";
            case SCHOOL_NUMBER -> "c.schoolContractNumber = :value";
            case HOLDER_NAME -> "LOWER(c.holderName) LIKE :value ESCAPE '!'";
        };
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> typed, CardQuery query) {
        Object value = switch (query.kind()) {
            case NUMBER -> vault.lookupHash(query.value());
            case HOLDER_NAME -> "%" + escaped(query.value()) + "%";
            default -> query.value();
        };
        return typed.setParameter("value", value);
    }

    private static String escaped(String text) {
        return text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** The WHERE clause of a contract filter and the parameters it needs. */
    private static final class Where {

        private final String clause;
        private final Map<String, Object> parameters = new LinkedHashMap<>();

        Where(ContractFilter filter) {
            StringBuilder where = new StringBuilder();
            add(where, filter.organizationId(), "k.organizationId = :organization", "organization");
            add(where, filter.kind(), "k.kind = :kind", "kind");
            add(where, filter.status(), "k.status = :status", "status");
            if (filter.number() != null) {
                add(where, "%" + escaped(filter.number()).toUpperCase(Locale.ROOT) + "%",
                        "UPPER(k.number) LIKE :number ESCAPE '!'", "number");
            }
            clause = where.toString();
        }

        private void add(StringBuilder where, Object value, String condition, String name) {
            if (value != null) {
                where.append(where.length() == 0 ? " WHERE " : " AND ").append(condition);
                parameters.put(name, value);
            }
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }
}
