package org.cardhub.tools.simulator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The ledger's own consistency after a crash or failover test, for {@link CrashCheck} and the partner check alike:
 * the postings of each currency sum to zero and every purse's cached balance equals the sum of its postings.
 */
public final class LedgerBalance {

    private static final List<String> CURRENCIES = List.of("RUB", "LITRE");

    private LedgerBalance() {
    }

    /** What is wrong with the ledger, one line each; empty when it balances. */
    public static List<String> problems(Connection db) throws SQLException {
        List<String> problems = new ArrayList<>();
        for (String currency : CURRENCIES) {
            long sum = number(db, "SELECT COALESCE(SUM(amount_minor), 0) FROM posting WHERE currency = ?", currency);
            if (sum != 0) {
                problems.add("the " + currency + " postings sum to " + sum + ", not zero");
            }
        }
        long disagreeing = number(db, "SELECT COUNT(*) FROM account a WHERE a.system_code IS NULL AND a.balance_minor <> "
                + "(SELECT COALESCE(SUM(p.amount_minor), 0) FROM posting p WHERE p.account_id = a.id)", null);
        if (disagreeing != 0) {
            problems.add(disagreeing + " account(s) have a cached balance other than their postings");
        }
        return problems;
    }

    private static long number(Connection db, String sql, String parameter) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            if (parameter != null) {
                query.setString(1, parameter);
            }
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
