package org.cardhub.fleet.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.cardhub.fleet.entity.TransactionRow;
import org.cardhub.fleet.entity.TransactionTotals;
import org.cardhub.testing.MigratedDatabase;

import java.util.List;

/** Rows written straight into the schema for the statements of {@code FleetTransactions}, and those statements run. */
final class JournalRows {

    private JournalRows() {
    }

    /** A page as {@code FleetTransactions.page} reads it: the rows, then their status and suspicions. */
    static List<TransactionRow> rows(MigratedDatabase database, TransactionQuery where, SuspicionQuery suspicions,
                                     int first, int max) {
        return database.inTransaction(em -> {
            Query query = em.createQuery(TransactionQuery.ROW + where.fromWithGroup() + where.clause() + TransactionQuery.NEWEST_FIRST);
            where.bind(query);
            return suspicions.marked(em, query.setFirstResult(first).setMaxResults(max).getResultList().stream()
                    .map(row -> TransactionQuery.rowOf((Object[]) row)).toList());
        });
    }

    static TransactionTotals totals(MigratedDatabase database, TransactionQuery where) {
        return database.inTransaction(em -> {
            Query query = em.createQuery(TransactionQuery.TOTALS + where.fromWithReversed() + where.clause());
            where.bindWithSums(query);
            return TransactionQuery.totalsOf((Object[]) query.getSingleResult());
        });
    }

    static void card(EntityManager em, long id, long contract, String last, String holder) {
        update(em, "INSERT INTO card (id, contract_id, pan_hash, pan_sealed, pan_masked, form, holder_kind, holder_name, status, "
                + "expires_on, created_at) VALUES (" + id + ", " + contract + ", '" + "h".repeat(60) + id + "', 'sealed', "
                + "'7005 **** **** " + last + "', 'PLASTIC', 'VEHICLE', '" + holder + "', 'ACTIVE', DATE '2029-12-31', CURRENT_TIMESTAMP)");
    }

    /** A card's vehicle, plate, driver, tank (millilitres, or null) and group (or null). */
    static void describe(EntityManager em, long card, String vehicle, String plate, String driver, Long tank, Long group) {
        update(em, "UPDATE card SET vehicle = " + quoted(vehicle) + ", plate = " + quoted(plate) + ", driver = " + quoted(driver)
                + ", tank_millilitres = " + tank + ", group_id = " + group + " WHERE id = " + card);
    }

    static void group(EntityManager em, long id, long contract, String name) {
        update(em, "INSERT INTO card_group (id, contract_id, name, created_at) VALUES (" + id + ", " + contract + ", '" + name
                + "', CURRENT_TIMESTAMP)");
    }

    /** A fuel terminal at a station (null: it is its own station) and a place (null: not known). */
    static void terminal(EntityManager em, String id, String station, String location, Double latitude, Double longitude) {
        update(em, "INSERT INTO terminal (id, kind, status, location, region, secret_key_cipher, key_rotated_at, created_at, "
                + "station, latitude, longitude) VALUES ('" + id + "', 'FUEL_POS', 'ACTIVE', '" + location + "', 'RU-MOW', "
                + "'sealed', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, " + quoted(station) + ", " + latitude + ", " + longitude + ")");
    }

    static void entry(EntityManager em, long id, String kind, String at, Long card, long contract, String product,
                      String station, long amount, long volume, Long reverses) {
        update(em, "INSERT INTO journal_entry (id, kind, booked_at, card_id, contract_id, product_code, station, amount_minor, "
                + "volume_milli, reverses_entry_id, actor) VALUES (" + id + ", '" + kind + "', TIMESTAMP WITH TIME ZONE '" + at
                + "', " + card + ", " + contract + ", " + quoted(product) + ", " + quoted(station) + ", " + amount + ", "
                + volume + ", " + reverses + ", 'test')");
    }

    static void update(EntityManager em, String sql) {
        em.createNativeQuery(sql).executeUpdate();
    }

    private static String quoted(String text) {
        return text == null ? "NULL" : "'" + text + "'";
    }
}
