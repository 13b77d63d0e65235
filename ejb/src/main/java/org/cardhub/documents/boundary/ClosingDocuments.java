package org.cardhub.documents.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.callers.ObjectAccess;
import org.cardhub.callers.Role;
import org.cardhub.documents.control.DocumentFiles;
import org.cardhub.documents.control.DocumentStore;
import org.cardhub.documents.control.Issuing;
import org.cardhub.documents.entity.ClosingDocument;
import org.cardhub.documents.entity.DocumentRefusal;
import org.cardhub.documents.entity.DocumentSink;
import org.cardhub.documents.entity.IssuedDocument;
import org.cardhub.fleet.boundary.MonthStatements;
import org.cardhub.fleet.entity.ClosedMonth;
import org.cardhub.fleet.entity.ContractParty;
import org.cardhub.refusal.Refusal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A fuel contract's monthly closing documents: the back office issues a closed month's documents, or a corrected
 * version of them for a reason, and sees what was issued and downloaded; the month-close timer issues those of every
 * month closed since ({@link #generateForClosedMonths}); a company lists and downloads its own. A company's person
 * reaches only the documents of their organisation's contracts, and only if they see all of its cards (a report lists
 * every card's transactions); any other document is refused as unknown, whether it exists or not.
 */
@Stateless
@RolesAllowed({Role.Names.BACKOFFICE, Role.Names.CORPORATE})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ClosingDocuments {

    /** How many months back the timer looks for closed months without (current) documents. */
    static final int LOOKBACK_MONTHS = 3;
    private static final String TIMER = "system:documents";
    private static final Logger LOG = Logger.getLogger(ClosingDocuments.class.getName());

    @EJB
    Issuing issuing;

    @EJB
    MonthStatements statements;

    @EJB
    ObjectAccess access;

    @EJB
    AuditLog audit;

    @Inject
    DocumentStore store;

    @Resource
    SessionContext session;

    private final Clock clock = Clock.systemUTC();

    /** Issues the closed month's documents; when they are issued already, returns them as they are. */
    @RolesAllowed(Role.Names.BACKOFFICE)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<IssuedDocument> generate(long contractId, YearMonth month) {
        return issuing.issue(contractId, requireMonth(month), null, null);
    }

    /** Issues the month's next version, for a reason the documents and the company's email state. */
    @RolesAllowed(Role.Names.BACKOFFICE)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<IssuedDocument> regenerate(long contractId, YearMonth month, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 500) {
            throw new DocumentRefusal(DocumentRefusal.Code.REASON_REQUIRED, "A new version needs a reason of 1 to 500 characters");
        }
        return issuing.issue(contractId, requireMonth(month), why, null);
    }

    /**
     * For the month-close timer, in a transaction per month: issues the documents of every fuel contract's month
     * closed in the last {@value #LOOKBACK_MONTHS} months that has none, and a new version of one closed again (after
     * a reopen) since its documents were issued. A month that fails is logged and left for the next run. Returns how
     * many months were issued. Callable without a caller: a timer runs as nobody, and issuing what is due twice
     * changes nothing.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int generateForClosedMonths() {
        YearMonth current = YearMonth.now(clock);
        YearMonth first = current.minusMonths(LOOKBACK_MONTHS);
        Map<String, Instant> issued = store.lastIssued(first);
        int months = 0;
        for (ClosedMonth closed : statements.closedFuelMonths(first)) {
            Instant last = issued.get(DocumentStore.key(closed.contractId(), closed.month()));
            // a month closed before it ended (the back office may freeze the current one) waits for its end
            if (last != null && !last.isBefore(closed.closedAt()) || !closed.month().isBefore(current)) {
                continue;
            }
            try {
                if (issuing.issueIfDue(closed.contractId(), closed.month(), TIMER)) {
                    months++;
                }
            } catch (Refusal | EJBException e) {
                LOG.log(Level.WARNING, "Closing documents of contract " + closed.contractId() + " for " + closed.month()
                        + " not issued now; the next run tries again", e);
            }
        }
        return months;
    }

    /** The contract's documents, every month and version, newest first. */
    public List<IssuedDocument> list(long contractId) {
        ContractParty contract = reachable(contractId);
        return store.ofContract(contractId).stream().map(document -> IssuedDocument.of(document, contract.contractNumber()))
                .toList();
    }

    /**
     * Copies the document into the sink, after its content was checked against the hash it was issued with, and
     * counts the download.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public IssuedDocument download(long documentId, DocumentSink sink) throws IOException {
        ClosingDocument document = store.find(documentId).orElseThrow(() -> new AccessDeniedException("document", documentId));
        ContractParty contract;
        try {
            contract = reachable(document.contractId());
        } catch (AccessDeniedException notTheirs) {
            throw new AccessDeniedException("document", documentId);
        }
        byte[] content = store.content(documentId).orElseThrow(() -> new AccessDeniedException("document", documentId));
        if (!DocumentFiles.sha256Of(content).equals(document.sha256())) {
            throw new DocumentRefusal(DocumentRefusal.Code.CONTENT_ALTERED, "Document " + documentId
                    + " does not match the SHA-256 it was issued with");
        }
        IssuedDocument issued = IssuedDocument.of(document, contract.contractNumber());
        store.downloaded(documentId, audit.actor(null), Instant.now(clock));
        try (OutputStream out = sink.open(issued)) {
            out.write(content);
        }
        return issued;
    }

    /** The back office's record of what was issued, newest first: of a contract (by number) or all, of a month or all. */
    @RolesAllowed(Role.Names.BACKOFFICE)
    public List<IssuedDocument> issued(String contractNumber, YearMonth month, int first, int max) {
        Long contractId = contractOf(contractNumber);
        Map<Long, String> numbers = new HashMap<>();
        return store.issued(contractId, month, Math.max(0, first), Math.max(1, Math.min(max, 500))).stream()
                .map(document -> IssuedDocument.of(document, numbers.computeIfAbsent(document.contractId(), this::numberOf)))
                .toList();
    }

    @RolesAllowed(Role.Names.BACKOFFICE)
    public long countIssued(String contractNumber, YearMonth month) {
        return store.count(contractOf(contractNumber), month);
    }

    /** The contract of that number, for the back office's page; refused as unknown when there is none. */
    @RolesAllowed(Role.Names.BACKOFFICE)
    public long contractNumbered(String number) {
        return statements.contractNumbered(number).orElseThrow(() -> new DocumentRefusal(
                DocumentRefusal.Code.CONTRACT_UNKNOWN, "No contract " + number));
    }

    private Long contractOf(String contractNumber) {
        return contractNumber == null || contractNumber.isBlank() ? null : contractNumbered(contractNumber);
    }

    private String numberOf(long contractId) {
        return statements.party(contractId).map(ContractParty::contractNumber).orElse(Long.toString(contractId));
    }

    /** The contract, if the caller may see its documents; else refused as if it did not exist. */
    private ContractParty reachable(long contractId) {
        access.requireContract(contractId);
        if (session.isCallerInRole(Role.Names.CORPORATE) && !session.isCallerInRole(Role.Names.BACKOFFICE)
                && !access.cardScope(contractId).allCards()) {
            throw new AccessDeniedException("contract", contractId);
        }
        return statements.party(contractId).orElseThrow(() -> new AccessDeniedException("contract", contractId));
    }

    private static YearMonth requireMonth(YearMonth month) {
        if (month == null) {
            throw new DocumentRefusal(DocumentRefusal.Code.MONTH_INVALID, "Which month?");
        }
        return month;
    }
}
