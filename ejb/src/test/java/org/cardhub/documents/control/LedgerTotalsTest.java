package org.cardhub.documents.control;

import org.cardhub.documents.entity.ClosingFacts;
import org.cardhub.documents.entity.DocumentKind;
import org.cardhub.documents.entity.MonthSummary;
import org.cardhub.documents.entity.Party;
import org.cardhub.documents.entity.Signer;
import org.cardhub.documents.entity.Vat;
import org.cardhub.fleet.control.MonthMovementQuery;
import org.cardhub.fleet.entity.ContractParty;
import org.cardhub.fleet.entity.MonthBalances;
import org.cardhub.organizations.entity.OrganizationForm;
import org.cardhub.testing.JanuaryLedger;
import org.cardhub.testing.LedgerRows;
import org.cardhub.testing.MigratedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.documents.control.WrittenFiles.roubles;

/**
 * Exactly the ledger: a closed month's documents written from the ledger's rows (H2 in its PostgreSQL mode, the real
 * schema) and read back, against sums computed straight from the postings — what was sold, what was paid in, what
 * the month moved, the balances it began and ended with.
 */
class LedgerTotalsTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final YearMonth JANUARY = YearMonth.of(2026, 1);
    private static final String IN_MONTH = "a.contract_id = 900 AND a.currency = 'RUB' "
            + "AND e.booked_at >= TIMESTAMP WITH TIME ZONE '2025-12-31 21:00:00+00' "
            + "AND e.booked_at < TIMESTAMP WITH TIME ZONE '2026-01-31 21:00:00+00'";
    private static final String POSTINGS = "SELECT SUM(p.amount_minor) FROM posting p JOIN account a ON a.id = p.account_id "
            + "JOIN journal_entry e ON e.id = p.entry_id LEFT JOIN journal_entry r ON r.id = e.reverses_entry_id WHERE ";
    private static MigratedDatabase database;

    @BeforeAll
    static void aClosedMonth() {
        database = new MigratedDatabase();
        database.inTransaction(em -> {
            JanuaryLedger.write(new LedgerRows(em));
            return null;
        });
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void everyTotalOnEveryDocumentIsTheSumOfTheMonthsPostings() throws Exception {
        long monthPostings = sum(POSTINGS + IN_MONTH);
        long sales = -sum(POSTINGS + IN_MONTH + " AND (e.kind IN ('PURCHASE', 'COMPLETION') "
                + "OR e.kind = 'REVERSAL' AND r.kind IN ('PURCHASE', 'COMPLETION'))");
        long topUps = sum(POSTINGS + IN_MONTH + " AND (e.kind = 'TOP_UP' OR e.kind = 'REVERSAL' AND r.kind = 'TOP_UP')");
        long opening = sum(POSTINGS + "a.contract_id = 900 AND a.currency = 'RUB' "
                + "AND e.booked_at < TIMESTAMP WITH TIME ZONE '2025-12-31 21:00:00+00'");
        long closing = sum(POSTINGS + "a.contract_id = 900 AND a.currency = 'RUB' "
                + "AND e.booked_at < TIMESTAMP WITH TIME ZONE '2026-01-31 21:00:00+00'");

        List<IssuedFile> files = database.inTransaction(em -> {
            try {
                MonthMovementQuery query = new MonthMovementQuery(em.unwrap(Connection.class));
                Instant from = JANUARY.atDay(1).atStartOfDay(MOSCOW).toInstant();
                Instant until = JANUARY.plusMonths(1).atDay(1).atStartOfDay(MOSCOW).toInstant();
                MonthBalances balances = query.balances(900, from, until);
                ClosingFacts facts = facts(balances);
                List<IssuedFile> written = new DocumentFiles(facts, "buyer", "seller")
                        .write(sink -> {
                            try {
                                query.stream(900, from, until, sink);
                            } catch (java.sql.SQLException e) {
                                throw new IllegalStateException(e);
                            }
                        });
                assertThat(facts.summary().net().minorUnits()).isEqualTo(monthPostings);
                assertThat(facts.summary().sold().minorUnits()).isEqualTo(sales);
                assertThat(facts.summary().toppedUp().minorUnits()).isEqualTo(topUps);
                return written;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            WrittenFiles written = new WrittenFiles(files);
            List<List<Object>> report = written.sheet(DocumentKind.TRANSACTIONS);
            BigDecimal rows = report.stream().skip(5).filter(row -> row.size() > 9 && !row.get(9).toString().isEmpty()
                    && row.get(8) instanceof BigDecimal && !"сумма проводок месяца".equals(row.get(9)))
                    .map(row -> (BigDecimal) row.get(8)).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(rows).as("the report's rows").isEqualByComparingTo(roubles(monthPostings));
            for (DocumentKind kind : List.of(DocumentKind.INVOICE, DocumentKind.UPD)) {
                List<Object> total = written.sheet(kind).stream()
                        .filter(row -> row.size() > 11 && "Всего к оплате".equals(row.get(1))).findFirst().orElseThrow();
                assertThat(total.get(11)).as(kind + " total to pay").isEqualTo(roubles(sales));
            }
            assertThat(written.xml().getElementsByTagName("ВсегоОпл").item(0).getAttributes().getNamedItem("СтТовУчНалВсего")
                    .getNodeValue()).isEqualTo(BigDecimal.valueOf(sales, 2).toPlainString());
            List<List<Object>> act = written.sheet(DocumentKind.RECONCILIATION);
            assertThat(act).anySatisfy(row -> assertThat(row).containsExactly("", "Сальдо на 01.01.2026", "", roubles(opening)));
            assertThat(act).anySatisfy(row -> assertThat(row).containsExactly("", "Сальдо на 31.01.2026", "", roubles(closing)));
            assertThat(written.pdfText(DocumentKind.TRANSACTIONS)).contains("(сумма проводок месяца): "
                    + org.cardhub.documents.entity.Figures.roubles(monthPostings).replace('\u00a0', ' '));
        } finally {
            DocumentFiles.deleteAll(files);
        }
    }

    private static ClosingFacts facts(MonthBalances balances) {
        ContractParty contract = new ContractParty(900, "F-00000900", org.cardhub.contracts.entity.ContractKind.FUEL,
                Instant.parse("2025-03-14T09:00:00Z"), MOSCOW, 1, OrganizationForm.LEGAL_ENTITY, "ООО «Тест»",
                "7707083893", "773601001", null);
        Party seller = new Party(OrganizationForm.LEGAL_ENTITY, "ООО «Кардхаб»", "7709123453", "770901001", null, null);
        Party buyer = new Party(OrganizationForm.LEGAL_ENTITY, "ООО «Тест»", "7707083893", "773601001", null, null);
        return new ClosingFacts(seller, new Signer("Генеральный директор", "Петров", "Алексей", "Сергеевич"), buyer,
                contract, JANUARY, 1, null, Instant.parse("2026-02-02T06:00:00Z"), new Vat(22), balances, new MonthSummary());
    }

    private static long sum(String sql) {
        return database.inTransaction(em -> new LedgerRows(em).sum(sql));
    }
}
