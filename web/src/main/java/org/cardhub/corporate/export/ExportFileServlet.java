package org.cardhub.corporate.export;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;

/**
 * Sends the file a background export finished for this session, then deletes it: another session's job, or one
 * not finished, is not found. Under {@code /cabinet/corporate/} like the exports themselves.
 */
@WebServlet(ExportFileServlet.PATH)
public class ExportFileServlet extends HttpServlet {

    public static final String PATH = ExportLink.PATH + "/file";

    @Inject
    ExportJobs jobs;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ExportJob> job = jobs.done(String.valueOf(request.getParameter("job")));
        if (job.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        sendAs(response, job.get().plan());
        response.setContentLengthLong(Files.size(job.get().file()));
        Files.copy(job.get().file(), response.getOutputStream());
        response.flushBuffer();
        jobs.forgetCurrent();
    }

    /** The headers of a file download of the plan's format and name. */
    static void sendAs(HttpServletResponse response, ExportPlan plan) {
        response.setContentType(plan.format().contentType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + plan.fileName() + "\"");
        response.setHeader("Cache-Control", "no-store");
    }

    /** The address the page offers the finished file at. */
    public static String link(String contextPath, ExportJob job) {
        return contextPath + PATH + "?job=" + job.id();
    }
}
