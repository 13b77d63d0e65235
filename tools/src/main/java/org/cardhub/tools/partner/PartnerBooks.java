package org.cardhub.tools.partner;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads from Cardhub's database what {@link Books} holds about the logged requests. A partner's top-up (REST or agent
 * pay) is the idempotency record of its key in the partner's scope, whose stored outcome names its journal entry
 * ({@code entryId}), booked by the partner (the entry's actor) in the same transaction.
 */
final class PartnerBooks {

    static final String RECORDS = "SELECT idem_key, outcome, created_at FROM idempotency_record"
            + " WHERE scope = ? AND idem_key = ANY (?)";
    static final String ENTRIES = "SELECT j.id, j.kind, j.actor, p.account_id, p.currency, p.amount_minor,"
            + " a.system_code IS NOT NULL FROM journal_entry j LEFT JOIN posting p ON p.entry_id = j.id"
            + " LEFT JOIN account a ON a.id = p.account_id WHERE j.id = ANY (?) ORDER BY j.id, p.id";
    static final String PURSES = "SELECT a.id, k.number, k.holder_phone, c.school_contract_number, c.pan_masked"
            + " FROM account a JOIN contract k ON k.id = a.contract_id"
            + " LEFT JOIN card c ON c.contract_id = a.contract_id AND (a.card_id IS NULL OR c.id = a.card_id)"
            + " WHERE a.id = ANY (?)";
    /** The partner's top-ups from an entry on that no record of its scopes names: a key posted twice would show here. */
    static final String UNKEYED = "SELECT j.id FROM journal_entry j"
            + " WHERE j.kind = 'TOP_UP' AND j.actor = ANY (?) AND j.id >= ?"
            + " AND NOT EXISTS (SELECT 1 FROM idempotency_record r WHERE r.scope = ANY (?) AND r.created_at >= ?"
            + " AND substring(r.outcome from '\"entryId\"\\s*:\\s*(\\d+)') = j.id::text) ORDER BY j.id";

    /** Records written this long before the run's first one are not looked at for the unkeyed top-ups. */
    static final Duration RECORDS_MARGIN = Duration.ofHours(1);

    private static final int CHUNK = 5_000;

    private PartnerBooks() {
    }

    static Books read(Connection db, List<LoggedRequest> logged) throws SQLException {
        Map<String, Set<String>> keysByScope = new LinkedHashMap<>();
        Set<String> clients = new TreeSet<>();
        Set<Long> entryIds = new TreeSet<>();
        for (LoggedRequest request : logged) {
            keysByScope.computeIfAbsent(request.scope(), scope -> new LinkedHashSet<>()).add(request.key());
            clients.add(request.client());
            if (request.id() != null) {
                entryIds.add(request.id());
            }
        }
        Map<String, Books.Stored> records = new HashMap<>();
        OffsetDateTime firstRecord = null;
        for (Map.Entry<String, Set<String>> scope : keysByScope.entrySet()) {
            for (List<String> keys : chunks(new ArrayList<>(scope.getValue()))) {
                firstRecord = earliest(firstRecord, records(db, scope.getKey(), keys, records));
            }
        }
        records.values().stream().map(Books.Stored::entryId).filter(id -> id != null).forEach(entryIds::add);
        Map<Long, Books.Entry> entries = entries(db, entryIds);
        Set<Long> purseIds = new TreeSet<>();
        entries.values().forEach(entry -> entry.purseLegs().forEach(leg -> purseIds.add(leg.accountId())));
        Long unkeyedFrom = records.values().stream().filter(Books.Stored::approved).map(Books.Stored::entryId)
                .filter(id -> id != null).min(Long::compare).orElse(null);
        List<Long> unkeyed = unkeyedFrom == null ? List.of()
                : unkeyed(db, clients, unkeyedFrom, firstRecord.minus(RECORDS_MARGIN));
        return new Books(records, entries, purses(db, purseIds), unkeyedFrom, unkeyed);
    }

    /** Adds the records of {@code keys} in {@code scope}; the earliest one's time, null if none. */
    private static OffsetDateTime records(Connection db, String scope, List<String> keys,
            Map<String, Books.Stored> records) throws SQLException {
        OffsetDateTime earliest = null;
        try (PreparedStatement query = db.prepareStatement(RECORDS)) {
            query.setString(1, scope);
            query.setArray(2, db.createArrayOf("text", keys.toArray()));
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    String key = row.getString(1);
                    records.put(Books.keyOf(scope, key), Books.Stored.of(scope, key, row.getString(2)));
                    earliest = earliest(earliest, row.getObject(3, OffsetDateTime.class));
                }
            }
        }
        return earliest;
    }

    private static Map<Long, Books.Entry> entries(Connection db, Set<Long> ids) throws SQLException {
        Map<Long, Books.Entry> entries = new HashMap<>();
        for (List<Long> chunk : chunks(new ArrayList<>(ids))) {
            try (PreparedStatement query = db.prepareStatement(ENTRIES)) {
                query.setArray(1, db.createArrayOf("bigint", chunk.toArray()));
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        long id = row.getLong(1);
                        Books.Entry entry = entries.get(id);
                        if (entry == null) {
                            entry = new Books.Entry(id, row.getString(2), row.getString(3), new ArrayList<>());
                            entries.put(id, entry);
                        }
                        long account = row.getLong(4);
                        if (!row.wasNull()) {
                            entry.legs().add(new Books.Leg(account, row.getString(5), row.getLong(6), row.getBoolean(7)));
                        }
                    }
                }
            }
        }
        entries.replaceAll((id, entry) -> new Books.Entry(id, entry.kind(), entry.actor(), List.copyOf(entry.legs())));
        return entries;
    }

    private static Map<Long, Books.Purse> purses(Connection db, Set<Long> ids) throws SQLException {
        Map<Long, Books.Purse> purses = new HashMap<>();
        for (List<Long> chunk : chunks(new ArrayList<>(ids))) {
            try (PreparedStatement query = db.prepareStatement(PURSES)) {
                query.setArray(1, db.createArrayOf("bigint", chunk.toArray()));
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        long id = row.getLong(1);
                        String number = row.getString(2);
                        String phone = row.getString(3);
                        Books.Purse purse = purses.computeIfAbsent(id, known -> new Books.Purse(known, number, phone,
                                new ArrayList<>()));
                        if (row.getString(4) != null || row.getString(5) != null) {
                            purse.cards().add(new Books.Card(row.getString(4), row.getString(5)));
                        }
                    }
                }
            }
        }
        return purses;
    }

    private static List<Long> unkeyed(Connection db, Set<String> clients, long fromEntry, OffsetDateTime recordsFrom)
            throws SQLException {
        // the actor is the partner's name (AuditLog.actor); its scope only if a call ever came without one
        List<String> actors = new ArrayList<>();
        List<String> scopes = new ArrayList<>();
        for (String client : clients) {
            actors.addAll(List.of(client, "partner:" + client, "agent:" + client));
            scopes.addAll(List.of("partner:" + client, "agent:" + client));
        }
        List<Long> unkeyed = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement(UNKEYED)) {
            query.setArray(1, db.createArrayOf("text", actors.toArray()));
            query.setLong(2, fromEntry);
            query.setArray(3, db.createArrayOf("text", scopes.toArray()));
            query.setObject(4, recordsFrom);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    unkeyed.add(row.getLong(1));
                }
            }
        }
        return unkeyed;
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }

    private static OffsetDateTime earliest(OffsetDateTime known, OffsetDateTime other) {
        if (other == null) {
            return known;
        }
        return known == null || other.isBefore(known) ? other : known;
    }
}
