package org.cardhub.it.core;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.cardhub.bonus.entity.BonusCardBarcode;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** The bonus programme's side of the tests: cards it issued (in SQL, as the demo data issues them) and the ledger's sums. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BonusFixtures {

    @Resource(lookup = "jdbc/cardhub")
    DataSource dataSource;

    /** A new card the programme issued, free to register: 2991 and eight random digits, and its check digit. */
    public String issuedCard() {
        String twelve = "2991" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String barcode = twelve + BonusCardBarcode.checkDigit(twelve);
        update("INSERT INTO bonus_card (barcode, issued_at) VALUES (?, CURRENT_TIMESTAMP)", barcode);
        return barcode;
    }

    /** The sum of all postings per currency: zero for each when every entry balances. */
    public Map<String, Long> ledgerSums() {
        Map<String, Long> sums = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT currency, SUM(amount_minor) FROM posting GROUP BY currency ORDER BY currency");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                sums.put(rows.getString(1), rows.getLong(2));
            }
            return sums;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long count(String sql, String parameter) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void update(String sql, String parameter) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
