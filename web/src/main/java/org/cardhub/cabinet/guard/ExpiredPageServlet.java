package org.cardhub.cabinet.guard;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * "Page expired, sign in again" with 400: where an expired Faces postback is forwarded (by whatever
 * method it came) and an Ajax one redirected.
 */
@WebServlet(ExpiredViewHandler.EXPIRED_PATH)
public class ExpiredPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        NoticePage.EXPIRED.send(request, response, HttpServletResponse.SC_BAD_REQUEST);
    }
}
