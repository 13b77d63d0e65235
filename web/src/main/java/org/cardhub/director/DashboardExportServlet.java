package org.cardhub.director;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cardhub.cabinet.Language;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.schooloffice.boundary.SchoolDashboard;
import org.cardhub.schooloffice.entity.Dashboard;
import org.cardhub.schooloffice.entity.InvalidDashboardRequestException;
import org.cardhub.schooloffice.entity.PupilWithoutMeal;

import java.io.IOException;
import java.util.List;
import java.util.ResourceBundle;

/**
 * Sends the figures behind a dashboard's charts as an XLSX file, for the address the page shows
 * ({@link DashboardLink}: school, period, class). It lives under {@code /cabinet/director/}, which web.xml keeps to the
 * director role; the boundary checks the school is the caller's. A school or class the caller does not lead is not
 * found (404), as if it did not exist; a period the page would refuse is a bad request (400).
 */
@WebServlet(DashboardLink.EXPORT)
public class DashboardExportServlet extends HttpServlet {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String BUNDLE = "org.cardhub.cabinet.messages";

    @EJB
    SchoolDashboard schoolDashboard;

    @Inject
    Language language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DashboardLink link = DashboardLink.of(request::getParameter);
        if (link.school() == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Dashboard dashboard;
        List<PupilWithoutMeal> withoutMeal;
        try {
            dashboard = schoolDashboard.dashboard(link.school(), link.schoolClass(), link.from(), link.to());
            withoutMeal = schoolDashboard.withoutMeal(link.school(), link.schoolClass(), false, 0, SchoolDashboard.MOST_PUPILS);
        } catch (AccessDeniedException | EJBAccessException refused) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (InvalidDashboardRequestException badPeriod) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName(dashboard) + "\"");
        response.setHeader("Cache-Control", "no-store");
        try (DashboardWorkbook workbook = new DashboardWorkbook(ResourceBundle.getBundle(BUNDLE, language.getLocale()))) {
            workbook.write(dashboard, withoutMeal, response.getOutputStream());
        }
    }

    /** {@code school-42-2026-12-01-2026-12-10.xlsx}: ASCII, so every browser keeps it. */
    static String fileName(Dashboard dashboard) {
        return "school-" + dashboard.school().id() + (dashboard.chosenClass() == null ? "" : "-class-" + dashboard.chosenClass().id())
                + "-" + dashboard.period().from() + "-" + dashboard.period().to() + ".xlsx";
    }
}
