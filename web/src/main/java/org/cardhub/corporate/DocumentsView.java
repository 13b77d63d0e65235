package org.cardhub.corporate;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.cabinet.DocumentFileServlet;
import org.cardhub.cabinet.FileSizes;
import org.cardhub.cabinet.Language;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.documents.boundary.ClosingDocuments;
import org.cardhub.documents.entity.IssuedDocument;
import org.cardhub.fleet.boundary.FleetOverview;
import org.cardhub.fleet.entity.ContractOverview;

import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;

/**
 * A contract's closing documents ({@code documents.xhtml?contract=ID}), by month, newest first: the current version's
 * files to download, and the earlier versions of a corrected month. A manager limited to some card groups gets none:
 * the documents list every card's transactions.
 */
@Named
@ViewScoped
public class DocumentsView implements Serializable {

    @Inject
    FleetOverview overview;

    @Inject
    ClosingDocuments documents;

    @Inject
    Language language;

    private List<ContractOverview> contracts;
    private ContractChoice choice;
    private List<DocumentMonth> months = List.of();
    private boolean refused;

    @PostConstruct
    void load() {
        contracts = overview.contracts();
        choice = new ContractChoice(contracts, FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get("contract"));
        show();
    }

    public void contractChosen() {
        show();
    }

    private void show() {
        refused = false;
        months = List.of();
        if (choice.getContractId() == null) {
            return;
        }
        try {
            months = DocumentMonth.of(documents.list(choice.getContractId()));
        } catch (AccessDeniedException notAllCards) {
            refused = true;
        }
    }

    /** "Январь 2026", "January 2026". */
    public String monthTitle(YearMonth month) {
        String name = month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, language.getLocale());
        return Character.toUpperCase(name.charAt(0)) + name.substring(1) + " " + month.getYear();
    }

    public String link(IssuedDocument document) {
        return DocumentFileServlet.link(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath(),
                DocumentFileServlet.CORPORATE, document.id());
    }

    /** "48 КБ", "20,1 МБ". */
    public String size(IssuedDocument document) {
        return FileSizes.of(document.size(), language.getLocale());
    }

    public List<ContractOverview> getContracts() {
        return contracts;
    }

    public Long getContractId() {
        return choice.getContractId();
    }

    public void setContractId(Long contractId) {
        choice.setContractId(contractId);
    }

    public List<DocumentMonth> getMonths() {
        return months;
    }

    public boolean isRefused() {
        return refused;
    }
}
