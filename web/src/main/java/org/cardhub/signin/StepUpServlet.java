package org.cardhub.signin;

import jakarta.servlet.http.HttpServlet;

/** Placeholder: the step-up round trip to Keycloak (to be built; see StepUp). */
public class StepUpServlet extends HttpServlet {

    static final String START = "/stepup";
    private static final long serialVersionUID = 1L;
}
