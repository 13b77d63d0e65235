package org.cardhub.attendance;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cardhub.cabinet.Language;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.school.boundary.ClassAttendance;
import org.cardhub.school.entity.AttendanceRefusal;
import org.cardhub.school.entity.AttendanceSheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Sends a class's register for a period ({@code ?class=ID&from=2026-12-07&to=2026-12-11&format=xlsx|pdf}) as a file
 * named like «Посещаемость 5А 07.12.2026–11.12.2026.xlsx», in the reader's language. It lives under
 * {@code /cabinet/teacher/}, which web.xml keeps to teachers; the boundary checks the class is the caller's. A class the
 * caller may not read, or an address that is not a register's, is not found (404).
 */
@WebServlet(AttendanceFileServlet.PATH)
public class AttendanceFileServlet extends HttpServlet {

    public static final String PATH = "/cabinet/teacher/attendance/file";

    @EJB
    ClassAttendance attendance;

    @Inject
    Language language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<AttendanceFormat> format = AttendanceFormat.of(request.getParameter("format"));
        Optional<Long> classId = AttendanceView.idOf(request.getParameter("class"));
        Optional<AttendancePeriod> period = periodOf(request.getParameter("from"), request.getParameter("to"));
        if (format.isEmpty() || classId.isEmpty() || period.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        AttendanceSheet register;
        try {
            register = attendance.sheet(classId.get(), period.get().from(), period.get().to());
        } catch (AccessDeniedException | EJBAccessException | AttendanceRefusal refused) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        AttendanceLabels labels = new AttendanceLabels(language.getLocale());
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        format.get().write(register, labels, file);
        response.setContentType(format.get().contentType());
        response.setHeader("Content-Disposition", disposition(labels.fileName(register.className(), period.get(),
                format.get().extension()), "attendance-" + register.classId() + "-" + register.from() + "-" + register.to()
                + "." + format.get().extension()));
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(file.size());
        file.writeTo(response.getOutputStream());
    }

    /** The file's name for every browser: the plain one for the old, the Russian one (RFC 6266) for the rest. */
    static String disposition(String name, String plain) {
        return "attachment; filename=\"" + plain + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Both dates, making a period: a file is of what the address says, never of a period guessed. */
    static Optional<AttendancePeriod> periodOf(String from, String to) {
        try {
            return Optional.of(new AttendancePeriod(LocalDate.parse(String.valueOf(from)), LocalDate.parse(String.valueOf(to))));
        } catch (DateTimeParseException | IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** The address of the register's file, from the page. */
    public static String link(String contextPath, long classId, AttendancePeriod period, AttendanceFormat format) {
        return contextPath + PATH + "?class=" + classId + "&from=" + period.from() + "&to=" + period.to() + "&format="
                + format.extension();
    }
}
