package org.cardhub.signin;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Keycloak sends the browser back here with the authorization code; by the time this runs the OpenID
 * Connect mechanism has exchanged it and the person is signed in, so they go on to their cabinet.
 */
@WebServlet("/callback")
public class SignInCallbackServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + (request.getUserPrincipal() != null ? "/cabinet" : "/"));
    }
}
