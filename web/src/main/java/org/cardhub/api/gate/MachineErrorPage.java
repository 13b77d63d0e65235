package org.cardhub.api.gate;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cardhub.api.problem.Problem;
import org.cardhub.api.problem.Problems;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The error page (web.xml) for the statuses the container itself answers: 401 and 403 from the security
 * constraints, 404 for paths nothing serves, 400 for requests it cannot read. SOAP callers get a fault,
 * other machines a problem; people keep the cabinet's pages.
 */
@WebServlet(name = "ErrorPage", urlPatterns = MachineErrorPage.PATH)
public class MachineErrorPage extends HttpServlet {

    static final String PATH = "/error-page";
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Integer status = (Integer) request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (status == null || uri == null) {
            // called directly rather than as an error page: there is no page here
            status = HttpServletResponse.SC_NOT_FOUND;
            uri = request.getRequestURI();
        }
        Optional<MachineChannel> machine = MachineChannel.of(request, uri);
        response.setStatus(status);
        if (machine.isPresent() && machine.get() == MachineChannel.SOAP) {
            Problem problem = Problems.ofStatus(status, uri);
            machine.get().refuse(request, response, status, problem.code(), problem.detail(), 0);
        } else if (machine.isPresent()) {
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setContentType(Problem.MEDIA_TYPE);
            response.getWriter().write(Problems.json(Problems.ofStatus(status, uri)));
        } else if (status == HttpServletResponse.SC_FORBIDDEN || status == HttpServletResponse.SC_NOT_FOUND) {
            request.getRequestDispatcher("/WEB-INF/errors/" + status + ".xhtml").forward(request, response);
        } else {
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(status + " " + Problems.ofStatus(status, uri).title());
        }
    }
}
