package org.cardhub.it.core;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A test's own education centre: an organisation with an active CENTRE contract and its account, whose member is the
 * given subject (the run-as principal of {@link AsCentre} or {@link AsOtherCentre}); written in SQL, as the demo data
 * writes its centre, while no boundary opens centre contracts. Also makes a parent the guardian of a pupil's card, as
 * the parent's linking by number and code would. Run through {@link BackOffice}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LessonCentre {

    @EJB
    Fixtures fixtures;

    @Resource(lookup = "jdbc/cardhub")
    DataSource dataSource;

    /** A new centre with {@code member} as its only staff; answers the contract's id. */
    public long centre(String member) {
        long organization = fixtures.company("Europe/Moscow");
        String number = "L-T" + ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000);
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement leave = connection.prepareStatement("DELETE FROM organization_member WHERE subject = ?")) {
                leave.setString(1, member); // a member of staff acts for one centre: the newest
                leave.executeUpdate();
            }
            long contract;
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO contract (number, kind, organization_id, "
                    + "status, balance_model, funding, credit_limit_minor, time_zone, created_at) VALUES (?, 'CENTRE', ?, "
                    + "'ACTIVE', 'DISTRIBUTED', 'PREPAID', 0, 'Europe/Moscow', CURRENT_TIMESTAMP)", new String[]{"id"})) {
                insert.setString(1, number);
                insert.setLong(2, organization);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    contract = keys.getLong(1);
                }
            }
            execute(connection, "INSERT INTO account (contract_id, purpose, currency) VALUES (?, 'MAIN', 'RUB')", contract);
            try (PreparedStatement join = connection.prepareStatement(
                    "INSERT INTO organization_member (organization_id, subject) VALUES (?, ?)")) {
                join.setLong(1, organization);
                join.setString(2, member);
                join.executeUpdate();
            }
            return contract;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The parent becomes a guardian of the card. */
    public void guard(long cardId, String parent) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement link = connection.prepareStatement("INSERT INTO card_guardian (card_id, subject) VALUES (?, ?)")) {
            link.setLong(1, cardId);
            link.setString(2, parent);
            link.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The balance of an account read from its postings, in kopecks: the ledger's own truth, not the cached balance. */
    public long posted(String accountCondition, Object value) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement sum = connection.prepareStatement("SELECT COALESCE(SUM(p.amount_minor), 0) FROM posting p "
                     + "JOIN account a ON a.id = p.account_id WHERE " + accountCondition)) {
            sum.setObject(1, value);
            try (ResultSet row = sum.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A count the test asks of the database, with its parameters. */
    public long count(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement count = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                count.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The parent's address for notices, unless they have one. */
    public void noticesTo(String parent, String email) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO notification_preference (subject, email) "
                     + "SELECT ?, ? WHERE NOT EXISTS (SELECT 1 FROM notification_preference WHERE subject = ?)")) {
            insert.setString(1, parent);
            insert.setString(2, email);
            insert.setString(3, parent);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void execute(Connection connection, String sql, long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, id);
            statement.executeUpdate();
        }
    }
}
