package org.cardhub.it.core;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * What the closing documents' test needs beside the boundaries, in SQL: a contract's entries moved back into a past
 * month (the money operations book now), the sums of its postings computed straight from the ledger's rows, a company's
 * people with their rights and email, and the outbox.
 */
@Stateless
public class DocumentLedger {

    /** Sums a contract's rouble postings of the entries booked in a period, optionally of some kinds only. */
    private static final String POSTINGS = "SELECT COALESCE(SUM(p.amount_minor), 0) FROM posting p "
            + "JOIN account a ON a.id = p.account_id JOIN journal_entry e ON e.id = p.entry_id "
            + "LEFT JOIN journal_entry r ON r.id = e.reverses_entry_id "
            + "WHERE a.contract_id = ? AND a.currency = 'RUB' AND e.booked_at >= ? AND e.booked_at < ? ";
    public static final String SALES = "AND (e.kind IN ('PURCHASE', 'COMPLETION') OR e.kind = 'REVERSAL' "
            + "AND r.kind IN ('PURCHASE', 'COMPLETION'))";
    public static final String TOP_UPS = "AND (e.kind = 'TOP_UP' OR e.kind = 'REVERSAL' AND r.kind = 'TOP_UP')";

    @Resource(lookup = "jdbc/cardhub")
    DataSource dataSource;

    /**
     * Moves the contract's entries, in the order they were booked, into {@code month} an hour apart from its second day
     * on; the first {@code earlier} of them into the month before.
     */
    public void backdate(long contractId, YearMonth month, ZoneId zone, int earlier) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT id FROM journal_entry WHERE contract_id = ? ORDER BY booked_at, id");
             PreparedStatement update = connection.prepareStatement("UPDATE journal_entry SET booked_at = ? WHERE id = ?")) {
            select.setLong(1, contractId);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            for (int i = 0; i < ids.size(); i++) {
                YearMonth into = i < earlier ? month.minusMonths(1) : month;
                update.setObject(1, OffsetDateTime.ofInstant(into.atDay(2).atTime(8 + i, 15).atZone(zone).toInstant(), ZoneOffset.UTC));
                update.setLong(2, ids.get(i));
                update.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sum of the contract's rouble postings booked in [from, until), of the kinds {@code condition} keeps. */
    public long postings(long contractId, Instant from, Instant until, String condition) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement sum = connection.prepareStatement(POSTINGS + condition)) {
            sum.setLong(1, contractId);
            sum.setObject(2, OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
            sum.setObject(3, OffsetDateTime.ofInstant(until, ZoneOffset.UTC));
            try (ResultSet row = sum.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Makes {@code subject} one of the company's people, with the email and rights given. */
    public void member(long organizationId, String subject, String email, boolean manageUsers, boolean allCards) {
        update("DELETE FROM organization_member WHERE organization_id = ? AND subject = ?", organizationId, subject);
        update("INSERT INTO organization_member (organization_id, subject, all_cards, may_change_limits, may_block_cards, "
                + "may_move_money, may_manage_users, email) VALUES (?, ?, ?, TRUE, TRUE, TRUE, ?, ?)",
                organizationId, subject, allCards, manageUsers, email);
    }

    /** The addresses of the outbox's messages whose event key starts so. */
    public List<String> outbox(String eventKeyPrefix) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT recipient FROM outbox_message WHERE event_key LIKE ? ORDER BY id")) {
            select.setString(1, eventKeyPrefix + "%");
            List<String> recipients = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    recipients.add(rows.getString(1));
                }
            }
            return recipients;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long lastDocumentId() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM closing_document");
             ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void update(String sql, Object... values) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
