package org.cardhub.operations.control;

import org.cardhub.operations.entity.LedgerFindings;
import org.cardhub.operations.entity.LedgerProblem;
import org.cardhub.operations.entity.LedgerProblem.Kind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger check's statements on a database of the test's own, H2 and (where one answers) PostgreSQL, migrated by the
 * application's scripts: sound books are sound; a corrupted cached balance, held amount or an entry that no longer
 * balances is found, exactly that one, and counted.
 */
class LedgerAuditTest {

    private static final Map<String, ScratchDatabase> DATABASES = new HashMap<>();

    private final LedgerAudit audit = new LedgerAudit(20);

    static Iterable<String> databases() {
        return ScratchDatabase.kinds();
    }

    /** One migrated database of each kind for the class; each test works in a transaction that is rolled back. */
    private static Connection books(String kind) throws SQLException {
        ScratchDatabase database = DATABASES.get(kind);
        if (database == null) {
            database = ScratchDatabase.of(kind);
            DATABASES.put(kind, database);
        }
        Connection connection = database.connect();
        connection.setAutoCommit(false);
        return connection;
    }

    @AfterEach
    void rollBack() throws SQLException {
        if (open != null) {
            open.rollback();
            open.close();
            open = null;
        }
    }

    @AfterAll
    static void dropTheDatabases() throws SQLException {
        for (ScratchDatabase database : DATABASES.values()) {
            database.close();
        }
        DATABASES.clear();
    }

    private Connection open;

    private Connection connect(String kind) throws SQLException {
        open = books(kind);
        return open;
    }

    @ParameterizedTest
    @MethodSource("databases")
    void soundBooksAreSoundAndACorruptedCachedBalanceIsFoundAlone(String kind) throws Exception {
        Connection db = connect(kind);
        ScratchBooks books = new ScratchBooks(db);
        long roubles = books.account("RUB");
        long litres = books.account("LITRE");
        long cash = books.systemAccount("CASH_IN");
        books.move(cash, roubles, "RUB", 1_000_00);
        books.move(roubles, books.systemAccount("MERCHANT_PAYABLE"), "RUB", 250_00);
        books.move(books.systemAccount("LITRES_ISSUED"), litres, "LITRE", 40_000);
        books.hold(roubles, 100_00);

        LedgerFindings sound = audit.check(db);

        assertThat(sound.isSound()).as(sound.firstProblems().toString()).isTrue();
        assertThat(sound.entriesChecked()).isEqualTo(3);
        assertThat(sound.accountsChecked()).isEqualTo(2);

        books.update("UPDATE account SET balance_minor = balance_minor + 1 WHERE id = ?", roubles);
        LedgerFindings corrupted = audit.check(db);

        assertThat(corrupted.problemsFound()).isEqualTo(1);
        assertThat(corrupted.firstProblems()).containsExactly(new LedgerProblem(Kind.BALANCE, roubles, "RUB", 750_01, 750_00));
        assertThat(corrupted.firstProblems().get(0).describe()).isEqualTo("Счёт " + roubles
                + " (RUB): остаток в счёте 750.01, по проводкам 750.00");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anEntryThatNoLongerBalancesAndAWrongHeldAmountAreFoundAndCounted(String kind) throws Exception {
        Connection db = connect(kind);
        ScratchBooks books = new ScratchBooks(db);
        long roubles = books.account("RUB");
        long merchant = books.systemAccount("MERCHANT_PAYABLE");
        books.move(books.systemAccount("CASH_IN"), roubles, "RUB", 500_00);
        long purchase = books.move(roubles, merchant, "RUB", 120_00);
        books.hold(roubles, 30_00);
        books.posting(purchase, merchant, "RUB", 5);
        books.update("UPDATE account SET held_minor = 0 WHERE id = ?", roubles);

        LedgerFindings findings = audit.check(db);

        assertThat(findings.problemsFound()).isEqualTo(2);
        assertThat(findings.firstProblems()).containsExactly(
                LedgerProblem.unbalancedEntry(purchase, "RUB", 5),
                new LedgerProblem(Kind.HELD, roubles, "RUB", 0, 30_00));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void everyProblemIsCountedWhileOnlyTheFirstAreDescribed(String kind) throws Exception {
        Connection db = connect(kind);
        ScratchBooks books = new ScratchBooks(db);
        long cash = books.systemAccount("CASH_IN");
        String[][] purses = {{"MAIN", "RUB"}, {"MAIN", "LITRE"}, {"CANTEEN", "RUB"}, {"CANTEEN", "LITRE"}};
        for (int i = 0; i < purses.length; i++) {
            long account = books.account(purses[i][0], purses[i][1]);
            books.move(cash, account, purses[i][1], 10 + i);
            books.update("UPDATE account SET balance_minor = 0 WHERE id = ?", account);
        }

        LedgerFindings findings = new LedgerAudit(3).check(db);

        assertThat(findings.problemsFound()).isEqualTo(4);
        assertThat(findings.firstProblems()).hasSize(3).allMatch(problem -> problem.kind() == Kind.BALANCE);
    }
}
