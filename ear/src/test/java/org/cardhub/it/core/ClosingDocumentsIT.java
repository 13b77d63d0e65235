package org.cardhub.it.core;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.ejb.EJBAccessException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardRef;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.contracts.entity.BalanceModel;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.Funding;
import org.cardhub.documents.boundary.ClosingDocuments;
import org.cardhub.documents.control.Issuing;
import org.cardhub.documents.entity.DocumentFormat;
import org.cardhub.documents.entity.DocumentKind;
import org.cardhub.documents.entity.DocumentRefusal;
import org.cardhub.documents.entity.IssuedDocument;
import org.cardhub.ledger.boundary.Bookkeeping;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.payments.boundary.Payments;
import org.cardhub.payments.entity.OperationKey;
import org.cardhub.payments.entity.Spend;
import org.cardhub.periods.boundary.Periods;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A fresh company's month of purchases, a reversal and top-ups, moved into a past month and closed through
 * {@link Bookkeeping}: its closing documents are issued, and every total on them equals the sum of the month's
 * postings computed straight from the ledger; they are stored with their SHA-256 and never change (a correction is the
 * next version, the first stays as it was); the company's administrator is told by email; only the company's people
 * who see all its cards get them, and a document of another company, or one whose id is guessed, is unknown.
 */
@ExtendWith(ArquillianExtension.class)
class ClosingDocumentsIT {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Deployment
    static EnterpriseArchive deployment() {
        return CoreTestDeployment.shared();
    }

    @EJB
    BackOffice backOffice;

    @EJB
    AsFleetManager fleet;

    @EJB
    AsGroupManager groupManager;

    @EJB
    AsOtherCompany otherCompany;

    @EJB
    AsParent parent;

    @EJB
    Fixtures fixtures;

    @EJB
    DocumentLedger ledger;

    @EJB
    Payments payments;

    @EJB
    Bookkeeping bookkeeping;

    @EJB
    ClosingDocuments documents;

    @EJB
    Issuing issuing;

    @EJB
    Periods periods;

    @Resource
    ManagedExecutorService executor;

    @Test
    void aClosedMonthsDocumentsShowExactlyItsPostingsNeverChangeAndReachOnlyTheCompany() throws Exception {
        YearMonth month = YearMonth.now(MOSCOW).minusMonths(2);
        long company = backOffice.call(() -> fixtures.company("Europe/Moscow"));
        ledger.member(company, "fleet", "fleet-documents@cardhub.local", true, true);
        ledger.member(company, "fleet2", "fleet2-documents@cardhub.local", false, false);
        Contract contract = backOffice.call(() -> fixtures.activeFuelContract(company, BalanceModel.POOLED, Funding.PREPAID, "0"));
        List<Card> cards = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.VEHICLE, 2));
        backOffice.call(() -> fixtures.topUpContract(contract.number(), "20000.00"));
        backOffice.call(() -> fixtures.topUpContract(contract.number(), "5000.00"));
        buy(cards.get(0), "2460.00", "40.000", "AI-95");
        buy(cards.get(1), "1404.00", "20.000", "DT");
        OperationKey mistaken = buy(cards.get(0), "615.00", "10.000", "AI-95");
        assertThat(payments.reverse(Fixtures.key("t"), mistaken, "t").isApproved()).isTrue();
        buy(cards.get(1), "3510.00", "50.000", "DT");
        // the first top-up in the month before: the month opens with it
        ledger.backdate(contract.id(), month, MOSCOW, 1);

        Throwable open = catchThrowable(() -> backOffice.call(() -> documents.generate(contract.id(), month)));
        assertRefused(open, DocumentRefusal.Code.MONTH_OPEN);
        backOffice.run(() -> bookkeeping.closeMonth(contract.id(), month));

        List<IssuedDocument> issued = backOffice.call(() -> documents.generate(contract.id(), month));
        assertThat(issued).hasSize(9).allMatch(document -> document.version() == 1 && document.reason() == null);
        assertThat(backOffice.call(() -> documents.generate(contract.id(), month))).as("issued once")
                .extracting(IssuedDocument::id).containsExactlyInAnyOrderElementsOf(issued.stream().map(IssuedDocument::id).toList());

        Instant from = month.atDay(1).atStartOfDay(MOSCOW).toInstant();
        Instant until = month.plusMonths(1).atDay(1).atStartOfDay(MOSCOW).toInstant();
        long net = ledger.postings(contract.id(), from, until, "");
        long sales = -ledger.postings(contract.id(), from, until, DocumentLedger.SALES);
        long opening = ledger.postings(contract.id(), Instant.EPOCH, from, "");
        assertThat(sales).isEqualTo(246_000 + 140_400 + 351_000);
        assertThat(opening).isEqualTo(2_000_000);
        assertThat(net).isEqualTo(500_000 - sales);

        assertThat(total(sheet(file(issued, DocumentKind.INVOICE, DocumentFormat.XLSX)), "Всего к оплате", 11)).isEqualTo(roubles(sales));
        assertThat(total(sheet(file(issued, DocumentKind.UPD, DocumentFormat.XLSX)), "Всего к оплате", 11)).isEqualTo(roubles(sales));
        List<List<Object>> report = sheet(file(issued, DocumentKind.TRANSACTIONS, DocumentFormat.XLSX));
        assertThat(report.stream().filter(row -> row.size() > 9 && "сумма проводок месяца".equals(row.get(9))).findFirst()
                .orElseThrow().get(8)).isEqualTo(roubles(net));
        List<List<Object>> act = sheet(file(issued, DocumentKind.RECONCILIATION, DocumentFormat.XLSX));
        assertThat(act).anySatisfy(row -> assertThat(row).containsExactly("", "Сальдо на " + day(month.atDay(1)), "", roubles(opening)));
        assertThat(act).anySatisfy(row -> assertThat(row).containsExactly("", "Сальдо на " + day(month.atEndOfMonth()), "",
                roubles(opening + net)));
        Element total = (Element) xml(download(file(issued, DocumentKind.UPD, DocumentFormat.XML))).getElementsByTagName("ВсегоОпл").item(0);
        assertThat(new BigDecimal(total.getAttribute("СтТовУчНалВсего"))).isEqualByComparingTo(BigDecimal.valueOf(sales, 2));
        assertThat(pdf(download(file(issued, DocumentKind.INVOICE, DocumentFormat.PDF)))).contains("Счёт-фактура № " + contract.number());

        for (IssuedDocument document : issued) {
            assertThat(sha256(download(document))).as(document.fileName()).isEqualTo(document.sha256());
        }
        assertThat(backOffice.call(() -> documents.list(contract.id()))).allMatch(document -> document.downloads() >= 1);
        assertThat(ledger.outbox("documents:" + contract.id() + ":" + month + ":v1:")).containsExactly("fleet-documents@cardhub.local");

        assertRefused(catchThrowable(() -> backOffice.call(() -> documents.regenerate(contract.id(), month, " "))),
                DocumentRefusal.Code.REASON_REQUIRED);
        List<IssuedDocument> corrected = backOffice.call(() -> documents.regenerate(contract.id(), month, "Сторно ошибочной заправки"));
        assertThat(corrected).hasSize(9).allMatch(document -> document.version() == 2
                && "Сторно ошибочной заправки".equals(document.reason()));
        IssuedDocument firstInvoice = file(issued, DocumentKind.INVOICE, DocumentFormat.PDF);
        assertThat(sha256(download(firstInvoice))).as("the first version as issued").isEqualTo(firstInvoice.sha256());
        assertThat(backOffice.call(() -> documents.list(contract.id()))).hasSize(18);
        assertThat(pdf(download(file(corrected, DocumentKind.INVOICE, DocumentFormat.PDF)))).contains("Исправление № 1 от",
                "Причина исправления: Сторно ошибочной заправки");

        // the company's administrator reads and downloads them; nobody else does
        assertThat(fleet.call(() -> documents.list(contract.id()))).hasSize(18);
        assertThat(fleet.call(() -> documents.download(firstInvoice.id(), document -> new ByteArrayOutputStream())).id())
                .isEqualTo(firstInvoice.id());
        assertCausedBy(catchThrowable(() -> groupManager.call(() -> documents.list(contract.id()))), AccessDeniedException.class);
        assertCausedBy(catchThrowable(() -> otherCompany.call(() -> documents.list(contract.id()))), AccessDeniedException.class);
        assertCausedBy(catchThrowable(() -> otherCompany.call(() -> documents.download(firstInvoice.id(),
                document -> new ByteArrayOutputStream()))), AccessDeniedException.class);
        long guessed = ledger.lastDocumentId() + 1_000;
        assertCausedBy(catchThrowable(() -> fleet.call(() -> documents.download(guessed, document -> new ByteArrayOutputStream()))),
                AccessDeniedException.class);
        assertCausedBy(catchThrowable(() -> parent.call(() -> documents.list(contract.id()))), EJBAccessException.class);
        assertCausedBy(catchThrowable(() -> fleet.call(() -> documents.generate(contract.id(), month))), EJBAccessException.class);
        assertThat(backOffice.call(() -> documents.issued(contract.number(), month, 0, 50))).hasSize(18);
    }

    @Test
    void theTimerIssuesEveryClosedMonthThatHasNoneAndNotTheCurrentOne() throws Exception {
        YearMonth month = YearMonth.now(MOSCOW).minusMonths(1);
        Contract contract = aPurchaseInAClosedMonth(month);
        backOffice.run(() -> bookkeeping.closeMonth(contract.id(), YearMonth.now(MOSCOW)));

        assertThat(documents.generateForClosedMonths()).isGreaterThanOrEqualTo(1);

        List<IssuedDocument> issued = backOffice.call(() -> documents.list(contract.id()));
        assertThat(issued).hasSize(9).allMatch(document -> document.month().equals(month) && document.issuedBy().equals("system:documents"));
        assertRefused(catchThrowable(() -> backOffice.call(() -> documents.generate(contract.id(), YearMonth.now(MOSCOW)))),
                DocumentRefusal.Code.MONTH_INVALID);
        documents.generateForClosedMonths();
        assertThat(backOffice.call(() -> documents.list(contract.id()))).as("nothing twice").hasSize(9);
    }

    @Test
    void twoServersTimersIssueAMonthClosedAgainOnceWhenTheyRunAtOnce() throws Exception {
        YearMonth month = YearMonth.now(MOSCOW).minusMonths(1);
        Contract contract = aPurchaseInAClosedMonth(month);
        assertThat(issuing.issueIfDue(contract.id(), month, "system:documents")).isTrue();
        assertThat(issuing.issueIfDue(contract.id(), month, "system:documents")).as("issued already").isFalse();
        backOffice.run(() -> periods.reopen(contract.id(), month, "Исправлена цена АИ-95"));
        backOffice.run(() -> bookkeeping.closeMonth(contract.id(), month));

        CountDownLatch together = new CountDownLatch(1);
        List<Future<Boolean>> servers = Stream.of(1, 2).map(server -> executor.submit(() -> {
            together.await();
            return issuing.issueIfDue(contract.id(), month, "system:documents");
        })).toList();
        together.countDown();
        int issuedBy = 0;
        for (Future<Boolean> server : servers) {
            issuedBy += server.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }

        assertThat(issuedBy).as("one of the two timers issues the new version").isEqualTo(1);
        List<IssuedDocument> issued = backOffice.call(() -> documents.list(contract.id()));
        assertThat(issued).hasSize(18);
        assertThat(issued).filteredOn(document -> document.version() == 2).hasSize(9)
                .allMatch(document -> document.reason().startsWith("Период закрыт повторно"));
    }

    /** A new company's fuel contract with one purchase booked in {@code month}, which is then closed. */
    private Contract aPurchaseInAClosedMonth(YearMonth month) throws Exception {
        long company = backOffice.call(() -> fixtures.company("Europe/Moscow"));
        Contract contract = backOffice.call(() -> fixtures.activeFuelContract(company, BalanceModel.POOLED, Funding.PREPAID, "0"));
        List<Card> cards = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.VEHICLE, 1));
        backOffice.call(() -> fixtures.topUpContract(contract.number(), "3000.00"));
        buy(cards.get(0), "1230.00", "20.000", "AI-95");
        ledger.backdate(contract.id(), month, MOSCOW, 0);
        backOffice.run(() -> bookkeeping.closeMonth(contract.id(), month));
        return contract;
    }

    private OperationKey buy(Card card, String amount, String litres, String product) {
        OperationKey key = Fixtures.key("terminal:FUEL-0001");
        Spend spend = new Spend(CardRef.id(card.id()), Amount.parse(amount, Currency.RUB), Amount.parse(litres, Currency.LITRE),
                product, "FUEL", "АЗС №12", "RU-MOW", Instant.now());
        assertThat(payments.purchase(key, spend, "t").isApproved()).isTrue();
        return key;
    }

    private static IssuedDocument file(List<IssuedDocument> documents, DocumentKind kind, DocumentFormat format) {
        return documents.stream().filter(document -> document.kind() == kind && document.format() == format).findFirst().orElseThrow();
    }

    private byte[] download(IssuedDocument document) throws Exception {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        backOffice.call(() -> documents.download(document.id(), issued -> content));
        return content.toByteArray();
    }

    private List<List<Object>> sheet(IssuedDocument document) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download(document)))) {
            List<List<Object>> rows = new java.util.ArrayList<>();
            for (Row row : book.getSheetAt(0)) {
                List<Object> cells = new java.util.ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                            ? BigDecimal.valueOf(cell.getNumericCellValue()).setScale(2, RoundingMode.HALF_UP) : cell.getStringCellValue());
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    private static Object total(List<List<Object>> rows, String label, int column) {
        return rows.stream().filter(row -> row.size() > column && label.equals(row.get(1))).findFirst().orElseThrow().get(column);
    }

    private static org.w3c.dom.Document xml(byte[] content) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        org.w3c.dom.Document parsed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(content));
        assertThat(parsed.getXmlEncoding()).isEqualToIgnoringCase("windows-1251");
        return parsed;
    }

    private static String pdf(byte[] content) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(content)) {
            return new PDFTextStripper().getText(pdf).replace('\u00a0', ' ');
        }
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private static BigDecimal roubles(long kopecks) {
        return BigDecimal.valueOf(kopecks, 2);
    }

    private static String day(java.time.LocalDate date) {
        return String.format("%02d.%02d.%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    private static void assertRefused(Throwable thrown, DocumentRefusal.Code code) {
        assertCausedBy(thrown, DocumentRefusal.class);
        assertThat(Stream.iterate(thrown, link -> link != null, Throwable::getCause)
                .filter(DocumentRefusal.class::isInstance).map(DocumentRefusal.class::cast).findFirst().orElseThrow().code())
                .isEqualTo(code);
    }

    private static void assertCausedBy(Throwable thrown, Class<? extends Throwable> cause) {
        assertThat(thrown).isNotNull();
        assertThat(Stream.iterate(thrown, link -> link != null, Throwable::getCause)).anyMatch(cause::isInstance);
    }
}
