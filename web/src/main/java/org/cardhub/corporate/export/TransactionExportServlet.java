package org.cardhub.corporate.export;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cardhub.cabinet.Language;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.fleet.boundary.FleetOverview;
import org.cardhub.fleet.boundary.FleetTransactions;
import org.cardhub.fleet.entity.ContractOverview;
import org.cardhub.fleet.entity.TransactionFilter;
import org.cardhub.fleet.entity.TransactionTotals;

import java.io.IOException;
import java.util.Optional;

/**
 * Sends a contract's filtered transactions as an XLSX or CSV file. It lives under {@code /cabinet/corporate/}, which
 * web.xml keeps to the corporate role; the read model checks the contract is the caller's company's. A contract the
 * caller may not see is not found (404), as if it did not exist.
 */
@WebServlet(ExportLink.PATH)
public class TransactionExportServlet extends HttpServlet {

    @Inject
    FleetOverview overview;

    @EJB
    FleetTransactions transactions;

    @Inject
    Language language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ExportFormat> format = ExportFormat.of(request.getParameter("format"));
        Optional<ContractOverview> contract = contractOf(request.getParameter("contract"));
        if (format.isEmpty() || contract.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        TransactionFilter filter = ExportLink.filterOf(request::getParameter);
        TransactionExport export = new TransactionExport(transactions);
        TransactionTotals totals;
        try {
            totals = export.totals(contract.get().id(), filter);
        } catch (AccessDeniedException | EJBAccessException refused) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String name = TransactionExport.fileName(contract.get().number(), filter, format.get().extension());
        response.setContentType(format.get().contentType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setHeader("Cache-Control", "no-store");
        TransactionLabels labels = new TransactionLabels(language.getLocale(), contract.get().timeZone());
        try (TransactionSheet sheet = format.get().sheet(response.getOutputStream(), labels)) {
            export.write(contract.get().id(), filter, totals, sheet);
        }
    }

    /** Only a contract of the caller's company: the list the cabinet shows is the one the export accepts. */
    private Optional<ContractOverview> contractOf(String id) {
        try {
            long contractId = Long.parseLong(id);
            return overview.contracts().stream().filter(contract -> contract.id() == contractId).findFirst();
        } catch (NumberFormatException | NullPointerException malformed) {
            return Optional.empty();
        }
    }
}
