package org.cardhub.applicant;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cardhub.cabinet.Language;
import org.cardhub.onboarding.boundary.Applications;
import org.cardhub.onboarding.entity.ApplicationFilter;
import org.cardhub.onboarding.entity.ApplicationStatus;
import org.cardhub.refusal.Refusal;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/**
 * The applicant's report: their own applications of a period and status as an XLSX file. It lives under
 * {@code /cabinet/applicant/}, which web.xml keeps to applicants; the boundary reads the caller's applications only, so
 * no parameter reaches anyone else's. A malformed period is a bad request.
 */
@WebServlet(ApplicationReportServlet.PATH)
public class ApplicationReportServlet extends HttpServlet {

    static final String PATH = "/cabinet/applicant/applications.xlsx";
    private static final int MAX_ROWS = 10_000;

    @EJB
    Applications applications;

    @Inject
    Language language;

    /** The link to the report of this filter (from, to as ISO dates; status as its name; each optional). */
    static String link(String contextPath, ApplicationFilter filter) {
        StringBuilder link = new StringBuilder(contextPath).append(PATH).append('?');
        if (filter.from() != null) {
            link.append("from=").append(filter.from()).append('&');
        }
        if (filter.to() != null) {
            link.append("to=").append(filter.to()).append('&');
        }
        if (filter.status() != null) {
            link.append("status=").append(filter.status()).append('&');
        }
        return link.substring(0, link.length() - 1);
    }

    static ApplicationFilter filterOf(String from, String to, String status) {
        return new ApplicationFilter(date(from), date(to), status == null || status.isBlank() ? null
                : Arrays.stream(ApplicationStatus.values()).filter(known -> known.name().equals(status)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No status " + status)));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ApplicationFilter filter;
        try {
            filter = filterOf(request.getParameter("from"), request.getParameter("to"), request.getParameter("status"));
        } catch (IllegalArgumentException | DateTimeParseException | Refusal malformed) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        var rows = applications.mine(filter, 0, MAX_ROWS);
        var summary = applications.summaryOfMine(filter);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"applications.xlsx\"");
        ApplicationsWorkbook.write(response.getOutputStream(), rows, summary, language.getLocale());
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text);
    }
}
