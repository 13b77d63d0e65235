package org.cardhub.cabinet;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** "Sign in" lands here: after Keycloak, each person goes to the home of their own cabinet. */
@WebServlet("/cabinet")
@ServletSecurity(@HttpConstraint(rolesAllowed = "**"))
public class CabinetDispatcher extends HttpServlet {

    @Inject
    SignedInUser user;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var cabinet = user.cabinet();
        if (cabinet.isEmpty()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "No cabinet for this account's roles");
            return;
        }
        response.sendRedirect(request.getContextPath() + cabinet.get().homePath());
    }
}
