package org.cardhub.backoffice;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.cabinet.DocumentFileServlet;
import org.cardhub.cabinet.FileSizes;
import org.cardhub.cabinet.Language;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.documents.boundary.ClosingDocuments;
import org.cardhub.documents.entity.DocumentRefusal;
import org.cardhub.documents.entity.IssuedDocument;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * The back office's closing documents: find what was issued (by contract number and month, or everything, newest
 * first) with who issued it, why, and how often it was downloaded; issue a closed month's documents, or a corrected
 * version of them with a reason. Bad input is said at its field and nothing is issued.
 */
@Named
@ViewScoped
public class ClosingDocumentsView implements Serializable {

    private static final Map<DocumentRefusal.Code, String> FIELDS = Map.of(
            DocumentRefusal.Code.CONTRACT_UNKNOWN, "documents:contract",
            DocumentRefusal.Code.NOT_FUEL, "documents:contract",
            DocumentRefusal.Code.MONTH_INVALID, "documents:month",
            DocumentRefusal.Code.MONTH_OPEN, "documents:month",
            DocumentRefusal.Code.NOT_ISSUED, "documents:month",
            DocumentRefusal.Code.NO_VAT_RATE, "documents:month",
            DocumentRefusal.Code.REASON_REQUIRED, "documents:reason");

    @Inject
    ClosingDocuments documents;

    @Inject
    Language language;

    private String contractNumber;
    private String month;
    private String reason;
    private IssuedDocumentTable table;

    @PostConstruct
    void init() {
        table = new IssuedDocumentTable(documents, null, null);
    }

    /** Shows what was issued for the contract and month typed (either may be blank: all). */
    public void find() {
        YearMonth chosen = monthTyped(false);
        if (FacesContext.getCurrentInstance().isValidationFailed()) {
            return;
        }
        try {
            String number = blankAsNull(contractNumber);
            if (number != null) {
                documents.contractNumbered(number);
            }
            table = new IssuedDocumentTable(documents, number, chosen);
        } catch (DocumentRefusal refused) {
            show(refused);
        }
    }

    public void generate() {
        issue(false);
    }

    public void regenerate() {
        issue(true);
    }

    private void issue(boolean again) {
        YearMonth chosen = monthTyped(true);
        String number = blankAsNull(contractNumber);
        if (number == null) {
            PageMessages.refuse("documents:contract", "documents.error.contractRequired");
        }
        if (again && blankAsNull(reason) == null) {
            PageMessages.refuse("documents:reason", "documents.error.REASON_REQUIRED");
        }
        if (FacesContext.getCurrentInstance().isValidationFailed()) {
            return;
        }
        try {
            long contractId = documents.contractNumbered(number);
            List<IssuedDocument> issued = again ? documents.regenerate(contractId, chosen, reason)
                    : documents.generate(contractId, chosen);
            PageMessages.info("documents.issued", issued.size(), issued.isEmpty() ? 0 : issued.get(0).version(), number, chosen.toString());
            table = new IssuedDocumentTable(documents, number, chosen);
            reason = null;
        } catch (DocumentRefusal refused) {
            show(refused);
        }
    }

    private YearMonth monthTyped(boolean required) {
        String typed = blankAsNull(month);
        if (typed == null) {
            if (required) {
                PageMessages.refuse("documents:month", "documents.error.monthRequired");
            }
            return null;
        }
        try {
            return YearMonth.parse(typed);
        } catch (DateTimeParseException notAMonth) {
            PageMessages.refuse("documents:month", "documents.error.monthFormat");
            return null;
        }
    }

    private static void show(DocumentRefusal refused) {
        String field = FIELDS.get(refused.code());
        if (field == null) {
            throw refused;
        }
        PageMessages.refuse(field, "documents.error." + refused.code().name());
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String time(Instant instant) {
        return MoscowTime.format(instant);
    }

    public String size(IssuedDocument document) {
        return FileSizes.of(document.size(), language.getLocale());
    }

    public String link(IssuedDocument document) {
        return DocumentFileServlet.link(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath(),
                DocumentFileServlet.BACKOFFICE, document.id());
    }

    public LazyDataModel<IssuedDocument> getTable() {
        return table;
    }

    public String getContractNumber() {
        return contractNumber;
    }

    public void setContractNumber(String contractNumber) {
        this.contractNumber = contractNumber;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
