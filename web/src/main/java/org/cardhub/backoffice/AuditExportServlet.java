package org.cardhub.backoffice;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cardhub.audit.boundary.AuditTrail;
import org.cardhub.audit.entity.ActorKind;
import org.cardhub.audit.entity.AuditEvent;
import org.cardhub.audit.entity.AuditQuery;
import org.cardhub.audit.entity.InvalidAuditQueryException;
import org.cardhub.cabinet.Language;
import org.cardhub.organizations.boundary.MemberEmails;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The audit page's filtered rows as an XLSX file, for the address the page shows ({@link AuditFilterForm#parameters}).
 * Under {@code /cabinet/backoffice/}, which web.xml keeps to the back office (and {@link AuditTrail} checks again).
 * Filters that make no sense are a bad request (400); more rows than {@link AuditTrail#MOST_EXPORTED} are refused
 * with 413 and the reason in words, as the page says before it offers the link.
 */
@WebServlet(AuditExportServlet.PATH)
public class AuditExportServlet extends HttpServlet {

    static final String PATH = "/cabinet/backoffice/audit-export";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final long serialVersionUID = 1L;

    @Inject
    AuditTrail trail;

    @Inject
    MemberEmails emails;

    @Inject
    Language language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ResourceBundle bundle = ResourceBundle.getBundle(AuditView.BUNDLE, language.getLocale());
        AuditQuery query;
        try {
            query = AuditFilterForm.of(request::getParameter).query();
        } catch (InvalidAuditQueryException refused) {
            plain(response, HttpServletResponse.SC_BAD_REQUEST, bundle.getString("audit.refusal." + refused.code().name()));
            return;
        }
        if (trail.count(query, AuditTrail.MOST_EXPORTED + 1) > AuditTrail.MOST_EXPORTED) {
            plain(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    bundle.getString("audit.exportTooMany").replace("{0}", String.valueOf(AuditTrail.MOST_EXPORTED)));
            return;
        }
        List<AuditEvent> events = trail.export(query);
        List<String> people = events.stream().map(AuditEvent::actor).filter(actor -> ActorKind.of(actor) == ActorKind.PERSON)
                .distinct().toList();
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", "attachment; filename=\"audit.xlsx\"");
        response.setHeader("Cache-Control", "no-store");
        try (AuditWorkbook workbook = new AuditWorkbook(bundle)) {
            workbook.write(events, emails.of(people), response.getOutputStream());
        }
    }

    private static void plain(HttpServletResponse response, int status, String text) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(text);
    }
}
