package org.cardhub.fleet.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import org.cardhub.callers.CardScope;
import org.cardhub.callers.ObjectAccess;
import org.cardhub.callers.Role;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.fleet.entity.CardFilter;
import org.cardhub.fleet.entity.CardOrder;
import org.cardhub.fleet.entity.CardRow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cards of one contract, page by page: filtered, sorted and counted in the database, so that a fleet of 10 000
 * cards reads as fast as one of five. Cards replaced by a reissue are history and left out unless asked for.
 */
@Stateless
@RolesAllowed({Role.Names.CORPORATE, Role.Names.BACKOFFICE})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class FleetCards {

    @PersistenceContext
    EntityManager em;

    @EJB
    ObjectAccess access;

    public long count(long contractId, CardFilter filter) {
        access.requireContract(contractId);
        Where where = new Where(contractId, filter, access.cardScope(contractId));
        Query query = em.createQuery("SELECT COUNT(c) FROM Card c" + where.clause);
        where.bind(query);
        return ((Number) query.getSingleResult()).longValue();
    }

    public List<CardRow> page(long contractId, CardFilter filter, CardOrder order, int first, int max) {
        access.requireContract(contractId);
        Where where = new Where(contractId, filter, access.cardScope(contractId));
        TypedQuery<Object[]> query = em.createQuery("SELECT c, g.name FROM Card c LEFT JOIN CardGroup g ON g.id = c.groupId"
                + where.clause + " ORDER BY " + sortKey(order.field()) + (order.ascending() ? " ASC" : " DESC")
                + ", c.panMasked, c.id", Object[].class);
        where.bind(query);
        return query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 500))).getResultStream()
                .map(row -> CardRow.of((Card) row[0], (String) row[1])).toList();
    }

    private static String sortKey(CardOrder.Field field) {
        return switch (field) {
            case HOLDER -> "c.holderName";
            case NUMBER -> "c.panMasked";
            case STATUS -> "c.status";
            case EXPIRES -> "c.expiresOn";
            case VEHICLE -> "c.vehicle.model";
            case PLATE -> "c.vehicle.plate";
            case DRIVER -> "c.vehicle.driver";
            case GROUP -> "g.name";
        };
    }

    /** The WHERE clause of a filter and the parameters it needs. */
    private static final class Where {
        private final StringBuilder clause = new StringBuilder(" WHERE c.contractId = :contract");
        private final Map<String, Object> parameters = new LinkedHashMap<>();

        Where(long contractId, CardFilter filter, CardScope scope) {
            parameters.put("contract", contractId);
            if (filter.status() != null) {
                add("c.status = :status", "status", filter.status());
            } else {
                add("c.status <> :replaced", "replaced", CardStatus.REISSUED);
            }
            if (filter.holder() != null) {
                add("(LOWER(c.holderName) LIKE :holder ESCAPE '!' OR LOWER(c.vehicle.model) LIKE :holder ESCAPE '!' "
                        + "OR LOWER(c.vehicle.plate) LIKE :holder ESCAPE '!' OR LOWER(c.vehicle.driver) LIKE :holder ESCAPE '!')",
                        "holder", filter.holderPattern());
            }
            if (filter.groupId() != null) {
                add("c.groupId = :group", "group", filter.groupId());
            }
            if (!scope.allCards()) {
                add("c.groupId IN :scope", "scope", scope.groupIds().isEmpty() ? java.util.List.of(-1L) : scope.groupIds());
            }
            if (filter.lastDigits() != null) {
                add("c.panMasked LIKE :digits ESCAPE '!'", "digits", filter.lastDigitsPattern());
            }
        }

        private void add(String condition, String name, Object value) {
            clause.append(" AND ").append(condition);
            parameters.put(name, value);
        }

        void bind(Query query) {
            parameters.forEach(query::setParameter);
        }
    }
}
