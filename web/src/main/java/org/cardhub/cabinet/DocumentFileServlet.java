package org.cardhub.cabinet;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.documents.boundary.ClosingDocuments;
import org.cardhub.documents.entity.DocumentRefusal;

import java.io.IOException;

/**
 * Sends an issued closing document ({@code ?id=N}) as the file it was issued as. It answers under both cabinets that
 * show documents, each guarded by web.xml with its role; the boundary checks the document is the caller's company's
 * (or that the caller is the back office), checks its content against its SHA-256 and counts the download. A document
 * the caller may not see is not found (404), as if it did not exist.
 */
@WebServlet({DocumentFileServlet.CORPORATE, DocumentFileServlet.BACKOFFICE})
public class DocumentFileServlet extends HttpServlet {

    public static final String CORPORATE = "/cabinet/corporate/documents/file";
    public static final String BACKOFFICE = "/cabinet/backoffice/documents/file";

    @EJB
    ClosingDocuments documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(String.valueOf(request.getParameter("id")));
        } catch (NumberFormatException notAnId) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            documents.download(id, document -> {
                response.setContentType(document.format().contentType());
                response.setHeader("Content-Disposition", "attachment; filename=\"" + document.fileName() + "\"");
                response.setHeader("Cache-Control", "no-store");
                response.setContentLengthLong(document.size());
                return response.getOutputStream();
            });
        } catch (AccessDeniedException | EJBAccessException refused) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (DocumentRefusal altered) {
            log("Document " + id + " was not sent: " + altered.getMessage());
            response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        }
    }

    /** The address of a document's file in the cabinet at {@code path}. */
    public static String link(String contextPath, String path, long documentId) {
        return contextPath + path + "?id=" + documentId;
    }
}
