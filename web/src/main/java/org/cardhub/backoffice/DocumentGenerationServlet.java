package org.cardhub.backoffice;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cardhub.documents.boundary.ClosingDocuments;
import org.cardhub.documents.entity.IssuedDocument;
import org.cardhub.refusal.Refusal;

import java.io.IOException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Issues a closed month's documents for a script: {@code POST /cabinet/backoffice/documents/generate} with
 * {@code contract} (its number), {@code month} ({@code 2026-01}) and, for a new version, {@code reason}; answers
 * {@code text/plain} with what was issued and how long it took on the server (server-config/documents-benchmark).
 * Behind the back office's role (web.xml) and only with the header {@code X-Requested-With}, which a form of another
 * site cannot send, so no page can make a signed-in person's browser issue documents.
 */
@WebServlet("/cabinet/backoffice/documents/generate")
public class DocumentGenerationServlet extends HttpServlet {

    @EJB
    ClosingDocuments documents;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getHeader("X-Requested-With") == null) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "X-Requested-With is required");
            return;
        }
        YearMonth month;
        try {
            month = YearMonth.parse(String.valueOf(request.getParameter("month")));
        } catch (DateTimeParseException notAMonth) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "month: yyyy-MM");
            return;
        }
        String reason = request.getParameter("reason");
        response.setContentType("text/plain;charset=UTF-8");
        long started = System.nanoTime();
        try {
            long contractId = documents.contractNumbered(request.getParameter("contract"));
            List<IssuedDocument> issued = reason == null ? documents.generate(contractId, month)
                    : documents.regenerate(contractId, month, reason);
            long millis = (System.nanoTime() - started) / 1_000_000;
            response.getWriter().printf("issued contract=%s month=%s version=%d files=%d bytes=%d millis=%d%n",
                    request.getParameter("contract"), month, issued.isEmpty() ? 0 : issued.get(0).version(), issued.size(),
                    issued.stream().mapToLong(IssuedDocument::size).sum(), millis);
        } catch (Refusal refused) {
            response.sendError(refused.code().kind() == Refusal.Kind.NOT_FOUND ? HttpServletResponse.SC_NOT_FOUND
                    : HttpServletResponse.SC_CONFLICT, refused.code().name() + ": " + refused.getMessage());
        } catch (EJBAccessException refused) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
