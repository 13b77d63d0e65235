package org.cardhub.it.core;

import jakarta.ejb.EJB;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardRef;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.contracts.boundary.Contracts;
import org.cardhub.contracts.entity.BalanceModel;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.Funding;
import org.cardhub.documents.boundary.ClosingDocuments;
import org.cardhub.it.DocumentPages;
import org.cardhub.ledger.boundary.Bookkeeping;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.payments.boundary.Payments;
import org.cardhub.payments.entity.Spend;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documents pages in a real Chromium. Inside Payara, the demo company gets a fresh fuel contract whose month two
 * months back has a top-up and two fill-ups (3 864,00 ₽), closed and issued ({@link ClosingDocuments}); then, as
 * people do: the back office finds what was issued (and is told precisely what is wrong with a bad month or an open
 * one), the company's administrator finds the month on the company's page, downloads its files with the browser's
 * session and reads the ledger's figures in them, cannot fetch a document by a guessed id, and the page fits a phone;
 * the back office sees the download counted.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CorporateDocumentsInBrowserIT {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final String DEMO_CONTRACT = "F-00000001";
    private static final BigDecimal SOLD = new BigDecimal("3864.00");

    /** The contract the back office's newest documents are of: found by the first browser step, used by the others. */
    private static String contractNumber;

    @Deployment
    static EnterpriseArchive deployment() {
        return CoreTestDeployment.with("documents-browser", CorporateDocumentsInBrowserIT.class, DocumentLedger.class,
                DocumentPages.class, DocumentPages.Download.class);
    }

    @EJB
    BackOffice backOffice;

    @EJB
    Fixtures fixtures;

    @EJB
    DocumentLedger ledger;

    @EJB
    Contracts contracts;

    @EJB
    Payments payments;

    @EJB
    Bookkeeping bookkeeping;

    @EJB
    ClosingDocuments documents;

    private static YearMonth month() {
        return YearMonth.now(MOSCOW).minusMonths(2);
    }

    @Test
    @Order(1)
    void aFreshContractOfTheDemoCompanyHasAClosedMonthWithItsDocuments() {
        long company = backOffice.call(() -> contracts.findByNumber(DEMO_CONTRACT).orElseThrow().organizationId());
        Contract contract = backOffice.call(() -> fixtures.activeFuelContract(company, BalanceModel.POOLED, Funding.PREPAID, "0"));
        Card card = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.VEHICLE, 1)).get(0);
        backOffice.call(() -> fixtures.topUpContract(contract.number(), "6000.00"));
        backOffice.call(() -> fixtures.topUpContract(contract.number(), "1000.00"));
        buy(card, "2460.00", "40.000", "AI-95");
        buy(card, "1404.00", "20.000", "DT");
        ledger.backdate(contract.id(), month(), MOSCOW, 1);
        backOffice.run(() -> bookkeeping.closeMonth(contract.id(), month()));

        assertThat(backOffice.call(() -> documents.generate(contract.id(), month()))).hasSize(9);
    }

    @Test
    @Order(2)
    @RunAsClient
    void theBackOfficeFindsWhatWasIssuedAndIsToldWhatIsWrongWithAMonth() throws Exception {
        try (DocumentPages pages = DocumentPages.signedIn("admin", false)) {
            pages.openBackOffice();
            // the newest the back office issued for that month (the hourly timer issues as the system, other tests earlier)
            Map<String, String> newest = pages.issuedRows().stream().filter(row -> row.get("issued-by").equals("backoffice")
                    && row.get("issued-month").equals(month().toString())).findFirst().orElseThrow();
            contractNumber = newest.get("issued-contract");
            assertThat(newest).containsEntry("issued-version", "1");

            pages.backOffice(contractNumber, "2026-13", null, "find");
            assertThat(pages.messageAt("month")).isEqualTo("Месяц — в виде ГГГГ-ММ, например 2026-01");
            pages.backOffice(contractNumber, YearMonth.now(MOSCOW).toString(), null, "generate");
            assertThat(pages.messageAt("month")).isEqualTo("Этот месяц ещё не закончился");
            pages.backOffice(contractNumber, month().minusMonths(1).toString(), null, "generate");
            assertThat(pages.messageAt("month")).startsWith("Месяц по этому договору не закрыт");
            pages.backOffice("F-99999999", month().toString(), null, "generate");
            assertThat(pages.messageAt("contract")).isEqualTo("Договора с таким номером нет");
            pages.backOffice(contractNumber, month().toString(), "", "regenerate");
            assertThat(pages.messageAt("reason")).startsWith("Укажите причину исправления");

            pages.backOffice(contractNumber, month().toString(), null, "find");
            assertThat(pages.issuedRows()).hasSize(9).allSatisfy(row -> assertThat(row)
                    .containsEntry("issued-contract", contractNumber).containsEntry("issued-downloads", "0"));
        }
    }

    @Test
    @Order(3)
    @RunAsClient
    void theCompanyDownloadsTheMonthsFilesAndReadsTheLedgersFiguresInThem() throws Exception {
        try (DocumentPages pages = DocumentPages.signedIn("fleet", false)) {
            pages.openCompanyDocuments(contractNumber);
            Map<String, String> files = pages.monthFiles(month().toString());
            assertThat(files).containsOnlyKeys("INVOICE PDF", "INVOICE XLSX", "UPD PDF", "UPD XLSX", "UPD XML",
                    "RECONCILIATION PDF", "RECONCILIATION XLSX", "TRANSACTIONS PDF", "TRANSACTIONS XLSX");

            DocumentPages.Download invoice = pages.download(files.get("INVOICE XLSX"));
            assertThat(invoice.status()).isEqualTo(200);
            assertThat(invoice.disposition()).isEqualTo("attachment; filename=\"invoice_" + contractNumber + "_" + month() + ".xlsx\"");
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(invoice.body()))) {
                Row total = null;
                for (Row row : book.getSheetAt(0)) {
                    if (row.getCell(1) != null && "Всего к оплате".equals(row.getCell(1).getStringCellValue())) {
                        total = row;
                    }
                }
                assertThat(total).isNotNull();
                assertThat(BigDecimal.valueOf(total.getCell(11).getNumericCellValue())).isEqualByComparingTo(SOLD);
            }
            DocumentPages.Download exchange = pages.download(files.get("UPD XML"));
            assertThat(exchange.disposition()).contains("ON_NSCHFDOPPR_");
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            org.w3c.dom.Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(exchange.body()));
            assertThat(xml.getXmlEncoding()).isEqualToIgnoringCase("windows-1251");
            assertThat(new BigDecimal(((org.w3c.dom.Element) xml.getElementsByTagName("ВсегоОпл").item(0))
                    .getAttribute("СтТовУчНалВсего"))).isEqualByComparingTo(SOLD);
            try (PDDocument report = Loader.loadPDF(pages.download(files.get("TRANSACTIONS PDF")).body())) {
                assertThat(new PDFTextStripper().getText(report).replace('\u00a0', ' '))
                        .contains("Операций: 3", "Отпущено товаров: 3 864,00 ₽", "АИ-95", "ДТ");
            }

            long invoiceId = Long.parseLong(files.get("INVOICE PDF").replaceAll(".*id=", ""));
            assertThat(pages.download(DocumentPages.companyFile(invoiceId + 1_000_000)).status()).as("a guessed id").isEqualTo(404);
            assertThat(pages.download(DocumentPages.companyFile(invoiceId).replace("id=", "id=x")).status()).isEqualTo(404);
        }
    }

    @Test
    @Order(4)
    @RunAsClient
    void theCompanysPageFitsAPhoneAndTheBackOfficeSeesTheDownloadCounted() throws Exception {
        try (DocumentPages phone = DocumentPages.signedIn("fleet", true)) {
            phone.openCompanyDocuments(contractNumber);
            assertThat(phone.monthFiles(month().toString())).hasSize(9);
            assertThat(phone.fitsTheScreen()).isTrue();
        }
        try (DocumentPages pages = DocumentPages.signedIn("admin", false)) {
            pages.openBackOffice();
            pages.backOffice(contractNumber, month().toString(), null, "find");
            assertThat(pages.issuedRows()).anySatisfy(row -> assertThat(row.get("issued-kind")).isEqualTo("Счёт-фактура"))
                    .filteredOn(row -> !"0".equals(row.get("issued-downloads"))).hasSizeGreaterThanOrEqualTo(3);
        }
    }

    private void buy(Card card, String amount, String litres, String product) {
        Spend spend = new Spend(CardRef.id(card.id()), Amount.parse(amount, Currency.RUB), Amount.parse(litres, Currency.LITRE),
                product, "FUEL", "АЗС №12", "RU-MOW", Instant.now());
        assertThat(payments.purchase(Fixtures.key("terminal:FUEL-0001"), spend, "t").isApproved()).isTrue();
    }
}
