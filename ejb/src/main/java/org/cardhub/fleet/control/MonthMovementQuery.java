package org.cardhub.fleet.control;

import org.cardhub.fleet.entity.MonthBalances;
import org.cardhub.fleet.entity.MonthMovement;
import org.cardhub.fleet.entity.MovementSink;
import org.cardhub.ledger.entity.EntryKind;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * The statements behind a contract's closing documents, in SQL on the caller's connection (the transaction's), read
 * row by row with a fetch size, so a month of 300 000 entries is never in memory at once (PostgreSQL hands out
 * {@value #FETCH} rows at a time from a cursor inside the transaction).
 *
 * <p>A contract's movements are the postings on its own rouble accounts. Nearly every entry that posts there names the
 * contract ({@code journal_entry.contract_id}), so the month is read as a range of the index
 * {@code journal_entry_contract_time_id}, in booking order, each entry joined to its postings ({@code posting_entry})
 * on the contract's accounts. The rest, entries another contract made that credit this one (a transfer between two
 * contracts, its reversal, an automatic top-up from elsewhere), are found from the accounts' postings and merged in.
 * One row per posting: an entry with two postings on the contract (a move between its account and a card) comes as two
 * rows one after the other and is summed.
 */
public final class MonthMovementQuery {

    static final int FETCH = 2_000;

    private static final String COLUMNS = "SELECT e.id, e.booked_at, e.kind, r.kind, %s e.station, e.product_code, "
            + "e.volume_milli, e.amount_minor, e.discount_minor, p.amount_minor ";
    private static final String CARD = "k.pan_masked, k.holder_name, k.vehicle, k.plate,";
    private static final String NO_CARD = "CAST(NULL AS VARCHAR(19)), CAST(NULL AS VARCHAR(200)), CAST(NULL AS VARCHAR(100)), "
            + "CAST(NULL AS VARCHAR(20)),";

    private static final String OWN = String.format(COLUMNS, CARD)
            + "FROM journal_entry e JOIN posting p ON p.entry_id = e.id JOIN account a ON a.id = p.account_id "
            + "LEFT JOIN card k ON k.id = e.card_id LEFT JOIN journal_entry r ON r.id = e.reverses_entry_id "
            + "WHERE e.contract_id = ? AND e.booked_at >= ? AND e.booked_at < ? AND a.contract_id = ? AND a.currency = 'RUB' "
            + "ORDER BY e.booked_at, e.id";

    /** Another contract's entries: their card is not this company's to see. */
    private static final String FOREIGN = String.format(COLUMNS, NO_CARD)
            + "FROM account a JOIN posting p ON p.account_id = a.id JOIN journal_entry e ON e.id = p.entry_id "
            + "LEFT JOIN journal_entry r ON r.id = e.reverses_entry_id "
            + "WHERE a.contract_id = ? AND a.currency = 'RUB' AND e.booked_at >= ? AND e.booked_at < ? "
            + "AND (e.contract_id IS NULL OR e.contract_id <> ?) ORDER BY e.booked_at, e.id";

    private static final String BALANCES = "SELECT COALESCE(SUM(CASE WHEN e.booked_at < ? THEN p.amount_minor ELSE 0 END), 0), "
            + "COALESCE(SUM(p.amount_minor), 0) FROM account a JOIN posting p ON p.account_id = a.id "
            + "JOIN journal_entry e ON e.id = p.entry_id WHERE a.contract_id = ? AND a.currency = 'RUB' AND e.booked_at < ?";

    private final Connection connection;

    public MonthMovementQuery(Connection connection) {
        this.connection = Objects.requireNonNull(connection);
    }

    /**
     * Hands the movements booked from {@code from} (inclusive) to {@code until} (exclusive) to the sink in booking
     * order (then by entry); entries that left the contract's money as it was (nothing, or as much in as out) are
     * skipped. Returns how many were handed out.
     */
    public long stream(long contractId, Instant from, Instant until, MovementSink sink) throws SQLException, IOException {
        Deque<MonthMovement> foreign = new ArrayDeque<>();
        try (PreparedStatement statement = prepared(FOREIGN, contractId, from, until, contractId)) {
            read(statement, foreign::add);
        }
        Merged merged = new Merged(foreign, sink);
        try (PreparedStatement statement = prepared(OWN, contractId, from, until, contractId)) {
            read(statement, merged::own);
        }
        merged.finish();
        return merged.handedOut;
    }

    /** What the contract's rouble accounts held at {@code from} and at {@code until}, in one statement. */
    public MonthBalances balances(long contractId, Instant from, Instant until) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(BALANCES)) {
            statement.setObject(1, OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
            statement.setLong(2, contractId);
            statement.setObject(3, OffsetDateTime.ofInstant(until, ZoneOffset.UTC));
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return new MonthBalances(Amount.ofMinorUnits(row.getLong(1), Currency.RUB),
                        Amount.ofMinorUnits(row.getLong(2), Currency.RUB));
            }
        }
    }

    private PreparedStatement prepared(String sql, long contractId, Instant from, Instant until, long again)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        statement.setFetchSize(FETCH);
        statement.setLong(1, contractId);
        statement.setObject(2, OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
        statement.setObject(3, OffsetDateTime.ofInstant(until, ZoneOffset.UTC));
        statement.setLong(4, again);
        return statement;
    }

    /** Rows to movements, the consecutive rows of one entry summed into one. */
    private static void read(PreparedStatement statement, MovementSink sink) throws SQLException, IOException {
        try (ResultSet rows = statement.executeQuery()) {
            MonthMovement pending = null;
            while (rows.next()) {
                MonthMovement row = movementOf(rows);
                if (pending != null && pending.entryId() == row.entryId()) {
                    pending = pending.merge(row);
                } else {
                    if (pending != null) {
                        sink.accept(pending);
                    }
                    pending = row;
                }
            }
            if (pending != null) {
                sink.accept(pending);
            }
        }
    }

    private static MonthMovement movementOf(ResultSet row) throws SQLException {
        String reversed = row.getString(4);
        return new MonthMovement(row.getLong(1), row.getObject(2, OffsetDateTime.class).toInstant(),
                EntryKind.valueOf(row.getString(3)), reversed == null ? null : EntryKind.valueOf(reversed),
                row.getString(5), holderOf(row.getString(6), row.getString(7), row.getString(8)), row.getString(9),
                row.getString(10), row.getLong(11), row.getLong(12), row.getLong(13), row.getLong(14));
    }

    /** A vehicle's plate and model where the card is for one, else the holder's name. */
    private static String holderOf(String holder, String vehicle, String plate) {
        if (plate == null && vehicle == null) {
            return holder;
        }
        return plate == null ? vehicle : vehicle == null ? plate : plate + " " + vehicle;
    }

    /** The contract's own entries with the (few) foreign ones slotted in where they were booked. */
    private static final class Merged {
        private final Deque<MonthMovement> foreign;
        private final MovementSink sink;
        private long handedOut;

        Merged(Deque<MonthMovement> foreign, MovementSink sink) {
            this.foreign = foreign;
            this.sink = sink;
        }

        void own(MonthMovement movement) throws IOException {
            while (!foreign.isEmpty() && before(foreign.peekFirst(), movement)) {
                handOut(foreign.pollFirst());
            }
            handOut(movement);
        }

        void finish() throws IOException {
            while (!foreign.isEmpty()) {
                handOut(foreign.pollFirst());
            }
        }

        private void handOut(MonthMovement movement) throws IOException {
            if (movement.movedMoney()) {
                sink.accept(movement);
                handedOut++;
            }
        }

        private static boolean before(MonthMovement one, MonthMovement other) {
            int byTime = one.bookedAt().compareTo(other.bookedAt());
            return byTime < 0 || byTime == 0 && one.entryId() < other.entryId();
        }
    }
}
