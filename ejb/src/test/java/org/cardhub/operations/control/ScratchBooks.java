package org.cardhub.operations.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Writes books straight into a scratch database as the ledger would: a fuel contract with a card, balanced entries
 * between a client account and a system account with the cached balance moved by the same amount, and an open hold.
 */
final class ScratchBooks {

    private static final Timestamp NOW = Timestamp.from(Instant.parse("2030-03-02T10:00:00Z"));

    private final Connection db;
    final long contract;
    final long card;

    ScratchBooks(Connection db) throws SQLException {
        this.db = db;
        long organization = insert("INSERT INTO organization (form, name, inn, time_zone, created_at) VALUES ('LLC', 'ООО Проверка', '7700000001', "
                + "'Europe/Moscow', ?)", NOW);
        this.contract = insert("INSERT INTO contract (number, kind, organization_id, status, balance_model, funding, time_zone, "
                + "created_at) VALUES ('99000001', 'FUEL', ?, 'ACTIVE', 'POOLED', 'PREPAID', 'Europe/Moscow', ?)", organization, NOW);
        this.card = insert("INSERT INTO card (contract_id, pan_hash, pan_sealed, pan_masked, form, holder_kind, holder_name, status, "
                + "expires_on, created_at) VALUES (?, ?, 'sealed', '7000 **** 0001', 'PLASTIC', 'VEHICLE', 'А001АА77', 'ACTIVE', "
                + "DATE '2032-12-31', ?)", contract, "a".repeat(64), NOW);
    }

    long account(String currency) throws SQLException {
        return account("MAIN", currency);
    }

    /** The card's purse of that purpose and currency (one of each). */
    long account(String purpose, String currency) throws SQLException {
        return insert("INSERT INTO account (contract_id, card_id, purpose, currency) VALUES (?, ?, ?, ?)", contract, card, purpose,
                currency);
    }

    long systemAccount(String code) throws SQLException {
        return single("SELECT id FROM account WHERE system_code = ?", code);
    }

    /** A balanced entry moving {@code amount} from {@code from} to {@code to}, cached balances kept in step. */
    long move(long from, long to, String currency, long amount) throws SQLException {
        long entry = insert("INSERT INTO journal_entry (kind, booked_at, contract_id, amount_minor, actor) VALUES ('TRANSFER', ?, ?, ?, "
                + "'test')", NOW, contract, amount);
        posting(entry, from, currency, -amount);
        posting(entry, to, currency, amount);
        update("UPDATE account SET balance_minor = balance_minor - ? WHERE id = ? AND system_code IS NULL", amount, from);
        update("UPDATE account SET balance_minor = balance_minor + ? WHERE id = ? AND system_code IS NULL", amount, to);
        return entry;
    }

    void posting(long entry, long account, String currency, long amount) throws SQLException {
        update("INSERT INTO posting (entry_id, account_id, currency, amount_minor) VALUES (?, ?, ?, ?)", entry, account, currency, amount);
    }

    /** An open hold of {@code amount} on the account, its cached held amount kept in step. */
    void hold(long account, long amount) throws SQLException {
        update("INSERT INTO hold (account_id, card_id, amount_minor, status, created_at, expires_at) VALUES (?, ?, ?, 'OPEN', ?, ?)",
                account, card, amount, NOW, NOW);
        update("UPDATE account SET held_minor = held_minor + ? WHERE id = ?", amount, account);
    }

    void update(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            bind(statement, parameters);
            statement.executeUpdate();
        }
    }

    long single(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private long insert(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql, new String[]{"id"})) {
            bind(statement, parameters);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }
}
