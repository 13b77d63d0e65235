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
import org.cardhub.fleet.boundary.FleetTransactions;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/**
 * Sends a contract's filtered transactions as an XLSX, CSV or PDF file while it is written (the page sends long
 * ones to {@link ExportJobs} instead). It lives under {@code /cabinet/corporate/}, which web.xml keeps to the
 * corporate role; the read model checks the contract is the caller's company's. A contract the caller may not see is
 * not found (404), as if it did not exist.
 */
@WebServlet(ExportLink.PATH)
public class TransactionExportServlet extends HttpServlet {

    @EJB
    FleetTransactions transactions;

    @Inject
    Language language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ExportFormat> format = ExportFormat.of(request.getParameter("format"));
        Optional<Long> contract = ExportLink.contractOf(request.getParameter("contract"));
        if (format.isEmpty() || contract.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ExportPlan plan;
        try {
            plan = ExportPlan.of(transactions, contract.get(), ExportLink.filterOf(request::getParameter), format.get(),
                    language.getLocale(), Instant.now());
        } catch (AccessDeniedException | EJBAccessException refused) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ExportFileServlet.sendAs(response, plan);
        plan.write(transactions, response.getOutputStream(), ExportProgress.NONE);
    }
}
