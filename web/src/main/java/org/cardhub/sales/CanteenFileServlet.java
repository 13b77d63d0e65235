package org.cardhub.sales;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cardhub.cabinet.Language;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.meals.boundary.CanteenSales;
import org.cardhub.meals.boundary.SupplierSettlements;
import org.cardhub.meals.entity.InvalidSalesPeriodException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Sends a canteen's sales report ({@code …/sales/file?school=ID&from=yyyy-MM-dd&to=yyyy-MM-dd&format=xlsx|pdf}) or a
 * month's statement of its settlements ({@code …/settlements/file?school=ID&month=yyyy-MM&format=pdf|xlsx}) as a file,
 * in the reader's language. It answers under each cabinet that shows them, each guarded by web.xml with its role; the
 * boundary checks the school is the caller's. A school the caller may not read is not found (404), a malformed request
 * is a bad one (400). A report is small (tens of rows): it is made whole before it is sent.
 */
@WebServlet({"/cabinet/canteen/sales/file", "/cabinet/director/canteen-sales/file", "/cabinet/backoffice/canteen-sales/file",
        "/cabinet/canteen/settlements/file", "/cabinet/director/canteen-settlements/file",
        "/cabinet/backoffice/canteen-settlements/file"})
public class CanteenFileServlet extends HttpServlet {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @EJB
    CanteenSales sales;

    @EJB
    SupplierSettlements settlements;

    @Inject
    Language language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SalesPages> pages = SalesPages.ofFile(request.getServletPath());
        Long school = number(request.getParameter("school"));
        String format = request.getParameter("format");
        if (pages.isEmpty() || school == null || !("xlsx".equals(format) || "pdf".equals(format))) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        SalesTexts texts = new SalesTexts(language.getLocale());
        ReportDocument document;
        try {
            if (pages.get().isSettlementsFile(request.getServletPath())) {
                YearMonth month = YearMonth.parse(String.valueOf(request.getParameter("month")));
                document = SalesDocuments.of(settlements.statement(school, month), texts, Instant.now());
            } else {
                LocalDate from = LocalDate.parse(String.valueOf(request.getParameter("from")));
                LocalDate to = LocalDate.parse(String.valueOf(request.getParameter("to")));
                document = SalesDocuments.of(sales.report(school, from, to), texts, Instant.now());
            }
        } catch (DateTimeParseException | InvalidSalesPeriodException malformed) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        } catch (AccessDeniedException | EJBAccessException refused) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        if ("xlsx".equals(format)) {
            ReportWorkbook.write(document, file);
        } else {
            ReportPdf.write(document, texts::amount, file);
        }
        response.setContentType("xlsx".equals(format) ? XLSX : "application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + document.fileName() + "." + format + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(file.size());
        file.writeTo(response.getOutputStream());
    }

    private static Long number(String parameter) {
        return parameter == null || !parameter.strip().matches("\\d{1,18}") ? null : Long.valueOf(parameter.strip());
    }
}
