package org.cardhub.testing;

import jakarta.persistence.EntityManager;

/**
 * Contracts, cards, accounts and balanced journal entries written straight into the migrated schema, as the money
 * operations leave them, for the statements that read the ledger back.
 */
public final class LedgerRows {

    private final EntityManager em;

    public LedgerRows(EntityManager em) {
        this.em = em;
    }

    public LedgerRows fuelContract(long id, String number, String zone) {
        sql("INSERT INTO contract (id, number, kind, holder_subject, status, balance_model, funding, time_zone, created_at) "
                + "VALUES (" + id + ", '" + number + "', 'FUEL', 'someone', 'ACTIVE', 'DISTRIBUTED', 'PREPAID', '" + zone
                + "', TIMESTAMP WITH TIME ZONE '2025-03-14 09:00:00+00')");
        return this;
    }

    public LedgerRows card(long id, long contract, String last, String holder) {
        sql("INSERT INTO card (id, contract_id, pan_hash, pan_sealed, pan_masked, form, holder_kind, holder_name, status, "
                + "expires_on, created_at) VALUES (" + id + ", " + contract + ", '" + "h".repeat(60) + id + "', 'sealed', "
                + "'7005 **** **** " + last + "', 'PLASTIC', 'VEHICLE', '" + holder + "', 'ACTIVE', DATE '2029-12-31', CURRENT_TIMESTAMP)");
        return this;
    }

    /** An account of a contract (and card, or null) in roubles or litres. */
    public LedgerRows account(long id, long contract, Long card, String currency) {
        sql("INSERT INTO account (id, contract_id, card_id, purpose, currency) VALUES (" + id + ", " + contract + ", " + card
                + ", 'MAIN', '" + currency + "')");
        return this;
    }

    /** The id of a system account by its code (the schema creates them). */
    public long system(String code) {
        return ((Number) em.createNativeQuery("SELECT id FROM account WHERE system_code = '" + code + "'").getSingleResult())
                .longValue();
    }

    /**
     * An entry of {@code amount} kopecks from one account to another, with its facts; {@code reverses} the id of the
     * entry it takes back, or null.
     */
    public LedgerRows move(long id, String kind, String at, Long card, long contract, String product, long volume,
                           long amount, long from, long to, Long reverses) {
        sql("INSERT INTO journal_entry (id, kind, booked_at, card_id, contract_id, product_code, station, amount_minor, "
                + "volume_milli, reverses_entry_id, actor) VALUES (" + id + ", '" + kind + "', TIMESTAMP WITH TIME ZONE '" + at
                + "', " + card + ", " + contract + ", " + (product == null ? "NULL" : "'" + product + "'") + ", "
                + (product == null ? "NULL" : "'АЗС №7 МКАД'") + ", " + amount + ", " + volume + ", " + reverses + ", 'test')");
        sql("INSERT INTO posting (entry_id, account_id, currency, amount_minor) VALUES (" + id + ", " + from + ", 'RUB', " + -amount + ")");
        sql("INSERT INTO posting (entry_id, account_id, currency, amount_minor) VALUES (" + id + ", " + to + ", 'RUB', " + amount + ")");
        return this;
    }

    /** What a tariff took off the station's price in an entry already written. */
    public LedgerRows discount(long entry, long minor, int basisPoints) {
        sql("UPDATE journal_entry SET discount_minor = " + minor + ", discount_bp = " + basisPoints + " WHERE id = " + entry);
        return this;
    }

    public void closeMonth(long contract, String month) {
        sql("INSERT INTO closed_period (contract_id, period_month, closed_by, closed_at) VALUES (" + contract + ", '" + month
                + "', 'test', CURRENT_TIMESTAMP)");
    }

    /** A sum over postings: what the ledger holds, computed without the statements under test. */
    public long sum(String sql) {
        Object sum = em.createNativeQuery(sql).getSingleResult();
        return sum == null ? 0 : ((Number) sum).longValue();
    }

    private void sql(String statement) {
        em.createNativeQuery(statement).executeUpdate();
    }
}
