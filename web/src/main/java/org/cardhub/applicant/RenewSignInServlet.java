package org.cardhub.applicant;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

/**
 * After the back office approved the application, the applicant holds the role {@code corporate} in Keycloak, but the
 * tokens of this sign-in were issued before: this ends the cabinet's session only (not Keycloak's) and sends the
 * browser to the cabinets' entrance, where Keycloak signs them in again at once, with their roles as they are now, and
 * they land in the corporate cabinet. POST only, from the page's button; when Keycloak's own session has ended
 * meanwhile, its sign-in page asks for the password.
 */
@WebServlet(RenewSignInServlet.PATH)
public class RenewSignInServlet extends HttpServlet {

    static final String PATH = "/cabinet/applicant/renew-sign-in";

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + "/cabinet");
    }
}
