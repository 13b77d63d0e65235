package org.cardhub.it.core;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.LockModeType;
import org.cardhub.ledger.boundary.Ledger;
import org.cardhub.ledger.entity.Account;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.ledger.entity.EntryKind;
import org.cardhub.ledger.entity.JournalEntry;
import org.cardhub.ledger.entity.OperationFacts;
import org.cardhub.ledger.entity.SystemAccount;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;

/**
 * What the dashboard's tests need and no boundary offers them: purchases booked at a moment of their choosing (the
 * money operations book now), with the postings and facts a purchase has; and card groups with a company person
 * limited to one of them, written in SQL as the demo data writes them.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class DashboardFixtures {

    @EJB
    Ledger ledger;

    @Resource(lookup = "jdbc/cardhub")
    DataSource database;

    /** A purchase from the pooled contract's account, booked at {@code at}; {@code litres} null for a piece (a wash). */
    public long purchase(long contractId, long cardId, Instant at, String product, String category, String roubles,
                         String litres, ZoneId zone) {
        Amount amount = Amount.parse(roubles, Currency.RUB);
        long volume = litres == null ? 0 : Amount.parse(litres, Currency.LITRE).minorUnits();
        Account purse = ledger.purse(contractId, null, AccountPurpose.MAIN, Currency.RUB, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow();
        JournalEntry entry = new JournalEntry(EntryKind.PURCHASE, at, new OperationFacts(cardId, contractId, product, category,
                "AZS-TEST", "RU-PRI", amount.minorUnits(), volume), "Purchase of " + product + " at AZS-TEST", "fixture")
                .move(purse, ledger.system(SystemAccount.MERCHANT_PAYABLE), amount);
        return ledger.book(entry, contract -> zone).id();
    }

    /** A card group of the contract, with the given cards in it; its id. */
    public long group(long contractId, String name, long... cardIds) {
        try (Connection sql = database.getConnection()) {
            update(sql, "INSERT INTO card_group (contract_id, name, created_at) VALUES (?, ?, CURRENT_TIMESTAMP)", contractId, name);
            long group;
            try (PreparedStatement find = sql.prepareStatement("SELECT id FROM card_group WHERE contract_id = ? AND name = ?")) {
                find.setLong(1, contractId);
                find.setString(2, name);
                try (ResultSet found = find.executeQuery()) {
                    found.next();
                    group = found.getLong(1);
                }
            }
            for (long card : cardIds) {
                update(sql, "UPDATE card SET group_id = ? WHERE id = ?", group, card);
            }
            return group;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The company's person sees only the group's cards and may change limits and block cards, not move money. */
    public void limitToGroup(long organizationId, String subject, long groupId) {
        try (Connection sql = database.getConnection()) {
            update(sql, "UPDATE organization_member SET all_cards = FALSE, may_move_money = FALSE "
                    + "WHERE organization_id = ? AND subject = ?", organizationId, subject);
            update(sql, "INSERT INTO member_group (organization_id, subject, group_id) VALUES (?, ?, ?)",
                    organizationId, subject, groupId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(Connection sql, String statement, Object... values) throws SQLException {
        try (PreparedStatement update = sql.prepareStatement(statement)) {
            for (int i = 0; i < values.length; i++) {
                update.setObject(i + 1, values[i]);
            }
            update.executeUpdate();
        }
    }
}
