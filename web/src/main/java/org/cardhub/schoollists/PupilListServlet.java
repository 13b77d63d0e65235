package org.cardhub.schoollists;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cardhub.cabinet.Language;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.schooloffice.boundary.PupilImports;
import org.cardhub.schooloffice.entity.IssuedCodes;
import org.cardhub.schooloffice.entity.PupilList;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;

/**
 * Sends the printable list of an import's new pupils ({@code ?import=N&format=pdf} or {@code xlsx}) with their
 * activation codes. It answers under both cabinets that import pupils, each guarded by web.xml with its role; the
 * boundary checks the caller keeps the school's lists. An import the caller may not see is not found (404), as if it
 * did not exist. The codes are those this person was handed back in this session ({@link ImportJobs}): the cards keep
 * only their keyed hashes, so without them there is no list to make (410; the page offers new codes instead). The file is
 * never cached: it holds the codes.
 */
@WebServlet({PupilListServlet.DIRECTOR, PupilListServlet.BACKOFFICE})
public class PupilListServlet extends HttpServlet {

    static final String DIRECTOR = "/cabinet/director/pupil-list";
    static final String BACKOFFICE = "/cabinet/backoffice/pupil-list";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @EJB
    PupilImports imports;

    @Inject
    Language language;

    @Inject
    ImportJobs jobs;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String format = request.getParameter("format");
        long importId;
        try {
            importId = Long.parseLong(String.valueOf(request.getParameter("import")));
        } catch (NumberFormatException notAnId) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!"pdf".equals(format) && !"xlsx".equals(format)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Optional<IssuedCodes> codes = jobs.codesOf(importId);
        if (codes.isEmpty()) {
            response.sendError(HttpServletResponse.SC_GONE);
            return;
        }
        PupilList list;
        try {
            list = imports.printableList(importId, codes.get());
        } catch (AccessDeniedException | EJBAccessException refused) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PupilListLabels labels = new PupilListLabels(language.getLocale());
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        if ("pdf".equals(format)) {
            PupilListPdf.write(list, labels, file);
        } else {
            PupilListXlsx.write(list, labels, file);
        }
        response.setContentType("pdf".equals(format) ? "application/pdf" : XLSX);
        response.setHeader("Content-Disposition", "attachment; filename=\"pupils-" + importId + "." + format + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(file.size());
        file.writeTo(response.getOutputStream());
    }

    /** The address of an import's list in the director's cabinet or the back office's. */
    static String link(String contextPath, boolean backOffice, long importId, String format) {
        return contextPath + (backOffice ? BACKOFFICE : DIRECTOR) + "?import=" + importId + "&format=" + format;
    }
}
