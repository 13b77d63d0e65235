package org.cardhub.documents.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.contracts.entity.ContractKind;
import org.cardhub.documents.entity.ClosingDocument;
import org.cardhub.documents.entity.ClosingFacts;
import org.cardhub.documents.entity.DocumentRefusal;
import org.cardhub.documents.entity.IssuedDocument;
import org.cardhub.documents.entity.MonthSummary;
import org.cardhub.documents.entity.Party;
import org.cardhub.fleet.boundary.MonthStatements;
import org.cardhub.fleet.entity.ContractParty;
import org.cardhub.ledger.boundary.ClosedMonths;
import org.cardhub.ledger.boundary.Ledger;
import org.cardhub.notifications.boundary.CompanyNotices;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Issues one version of a contract's closing documents for a month, in one transaction: checks the month may have
 * them, writes every file from one read of the month ({@link DocumentFiles}), stores each with its hash, audits it and
 * queues the email to the company. Called by {@link org.cardhub.documents.boundary.ClosingDocuments} only, which checks
 * who may; a call from its batch gets a transaction of its own for each month.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class Issuing {

    @EJB
    MonthStatements statements;

    @EJB
    Ledger ledger;

    @EJB
    ClosedMonths closedMonths;

    @EJB
    AuditLog audit;

    @EJB
    CompanyNotices notices;

    @Inject
    VatRates vatRates;

    @Inject
    Seller seller;

    @Inject
    DocumentStore store;

    @Inject
    @ConfigProperty(name = "cardhub.documents.cabinet-url",
            defaultValue = "http://localhost:8080/cardhub/cabinet/corporate/documents.xhtml")
    String cabinetUrl;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm 'UTC'");

    private final Clock clock = Clock.systemUTC();

    /**
     * For the timer, on however many servers it runs: the month's documents if it has none, or their next version if it
     * was closed again since they were issued. Decided under the lock of the closed month's row, so that two servers'
     * timers issue a version once. Returns whether anything was issued.
     */
    public boolean issueIfDue(long contractId, YearMonth month, String source) {
        Optional<Instant> closedAt = closedMonths.holdClosed(contractId, month);
        if (closedAt.isEmpty()) {
            return false;
        }
        Optional<Instant> last = store.lastIssuedAt(contractId, month);
        if (last.isPresent() && !last.get().isBefore(closedAt.get())) {
            return false;
        }
        issue(contractId, month, last.isEmpty() ? null
                : "Период закрыт повторно " + WHEN.format(closedAt.get().atOffset(ZoneOffset.UTC)), source);
        return true;
    }

    /**
     * The month's first version ({@code reason} null), or its next one for the reason given. A first version asked for
     * again is not issued twice: the documents there are are returned.
     */
    public List<IssuedDocument> issue(long contractId, YearMonth month, String reason, String source) {
        ContractParty contract = statements.party(contractId).orElseThrow(() -> new DocumentRefusal(
                DocumentRefusal.Code.CONTRACT_UNKNOWN, "No contract " + contractId));
        requireIssuable(contract, month);
        int version = store.nextVersion(contractId, month);
        if (reason == null && version > 1) {
            return store.ofMonth(contractId, month).stream().filter(document -> document.version() == version - 1)
                    .map(document -> IssuedDocument.of(document, contract.contractNumber())).toList();
        }
        if (reason != null && version == 1) {
            throw new DocumentRefusal(DocumentRefusal.Code.NOT_ISSUED, "Contract " + contract.contractNumber()
                    + " has no documents for " + month + " to correct yet");
        }
        Instant now = Instant.now(clock);
        String actor = audit.actor(source);
        ClosingFacts facts = new ClosingFacts(seller.party(), seller.signer(), buyerOf(contract), contract, month, version,
                reason, now, vatRates.of(month), statements.balances(contract, month), new MonthSummary());
        List<IssuedFile> files = write(facts, contract);
        List<IssuedDocument> issued = new ArrayList<>();
        try {
            for (IssuedFile file : files) {
                ClosingDocument stored = store.insert(contractId, month, version, reason, file, now, actor);
                issued.add(IssuedDocument.of(stored, contract.contractNumber()));
            }
        } finally {
            DocumentFiles.deleteAll(files);
        }
        audit.record(actor, version == 1 ? "documents.issue" : "documents.reissue", AuditSubject.CONTRACT, contractId,
                month + " v" + version + ": " + files.size() + " files, " + facts.summary().count() + " movements, sales "
                        + facts.summary().sold().toPlainString() + (reason == null ? "" : "; " + reason));
        tellCompany(contract, facts);
        return issued;
    }

    private void requireIssuable(ContractParty contract, YearMonth month) {
        if (contract.kind() != ContractKind.FUEL) {
            throw new DocumentRefusal(DocumentRefusal.Code.NOT_FUEL, "Contract " + contract.contractNumber()
                    + " is not a fuel contract");
        }
        if (!month.isBefore(YearMonth.now(clock.withZone(contract.timeZone())))) {
            throw new DocumentRefusal(DocumentRefusal.Code.MONTH_INVALID, month + " has not ended yet");
        }
        if (!ledger.isClosed(contract.contractId(), month)) {
            throw new DocumentRefusal(DocumentRefusal.Code.MONTH_OPEN, "The books of contract " + contract.contractNumber()
                    + " for " + month + " are open");
        }
    }

    private List<IssuedFile> write(ClosingFacts facts, ContractParty contract) {
        try {
            return new DocumentFiles(facts, edoIdOf(facts.buyer()), seller.edoId())
                    .write(sink -> statements.movements(contract, facts.month(), sink));
        } catch (IOException e) {
            throw new UncheckedIOException("The documents of " + contract.contractNumber() + " for " + facts.month()
                    + " could not be written", e);
        }
    }

    private static Party buyerOf(ContractParty contract) {
        return new Party(contract.form(), contract.name(), contract.inn(), contract.kpp(), contract.ogrn(), null);
    }

    /** Without an identifier at an EDI operator on file, a company is named by its INN and KPP. */
    private static String edoIdOf(Party party) {
        return party.kpp() == null ? party.inn() : party.inn() + party.kpp();
    }

    private void tellCompany(ContractParty contract, ClosingFacts facts) {
        String what = facts.isCorrection() ? "Исправленные закрывающие документы (версия " + facts.version() + ")"
                : "Закрывающие документы";
        String subject = what + " за " + facts.monthTitle() + " по договору " + contract.contractNumber();
        String body = "Здравствуйте!\n\n" + what + " за " + facts.monthTitle() + " по договору № " + contract.contractNumber()
                + " готовы: счёт-фактура, универсальный передаточный документ (PDF, XLSX и XML для ЭДО), акт сверки "
                + "взаимных расчётов и отчёт по транзакциям.\n"
                + (facts.isCorrection() ? "Причина исправления: " + facts.reason() + "\n" : "")
                + "\nСкачать их можно в личном кабинете: " + cabinetUrl + "?contract=" + contract.contractId()
                + "\n\nCardhub";
        notices.toCompany(contract.organizationId(), "documents:" + contract.contractId() + ":" + facts.month() + ":v"
                + facts.version(), subject, body);
    }
}
