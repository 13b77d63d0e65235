package org.cardhub.terminals.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import org.cardhub.terminals.entity.Terminal;
import org.cardhub.terminals.entity.TerminalFilter;
import org.cardhub.terminals.entity.TerminalListing;
import org.cardhub.terminals.entity.TerminalOrder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pages of the terminal registry, filtered and sorted in the database, each terminal with its owning
 * organisation's name. The query is assembled from fixed fragments; what people type only ever reaches it
 * as parameters.
 */
@Dependent
public class TerminalSearch {

    private static final String FROM = " FROM Terminal t LEFT JOIN Organization o ON o.id = t.organizationId";

    @PersistenceContext
    EntityManager em;

    public long count(TerminalFilter filter) {
        Where where = new Where(filter);
        Query query = em.createQuery("SELECT COUNT(t)" + FROM + where.clause);
        where.bind(query);
        return ((Number) query.getSingleResult()).longValue();
    }

    public List<TerminalListing> page(TerminalFilter filter, TerminalOrder order, int first, int max) {
        Where where = new Where(filter);
        TypedQuery<Object[]> query = em.createQuery("SELECT t, o.name" + FROM + where.clause
                + " ORDER BY " + sortKey(order.field()) + (order.ascending() ? " ASC" : " DESC") + ", t.id", Object[].class);
        where.bind(query);
        return query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, max)).getResultList().stream()
                .map(row -> new TerminalListing((Terminal) row[0], (String) row[1])).toList();
    }

    private static String sortKey(TerminalOrder.Field field) {
        return switch (field) {
            case ID -> "t.id";
            case KIND -> "t.kind";
            case ORGANIZATION -> "o.name";
            case LOCATION -> "t.location";
            case STATION -> "t.station";
            case REGION -> "t.region";
            case STATUS -> "t.status";
            case CREATED -> "t.createdAt";
        };
    }

    /** The WHERE clause of a filter and the parameters it needs. */
    private static final class Where {
        private final StringBuilder clause = new StringBuilder();
        private final Map<String, Object> parameters = new LinkedHashMap<>();

        Where(TerminalFilter filter) {
            if (filter.id() != null) {
                add("LOWER(t.id) LIKE :id ESCAPE '!'", "id", TerminalFilter.containing(filter.id()));
            }
            if (filter.kind() != null) {
                add("t.kind = :kind", "kind", filter.kind());
            }
            if (filter.organization() != null) {
                add("LOWER(o.name) LIKE :organization ESCAPE '!'", "organization", TerminalFilter.containing(filter.organization()));
            }
            if (filter.place() != null) {
                add("(LOWER(t.location) LIKE :place ESCAPE '!' OR LOWER(t.station) LIKE :place ESCAPE '!')", "place",
                        TerminalFilter.containing(filter.place()));
            }
            if (filter.region() != null) {
                add("LOWER(t.region) LIKE :region ESCAPE '!'", "region", TerminalFilter.containing(filter.region()));
            }
            if (filter.status() != null) {
                add("t.status = :status", "status", filter.status());
            }
        }

        private void add(String condition, String name, Object value) {
            clause.append(clause.isEmpty() ? " WHERE " : " AND ").append(condition);
            parameters.put(name, value);
        }

        void bind(Query query) {
            parameters.forEach(query::setParameter);
        }
    }
}
