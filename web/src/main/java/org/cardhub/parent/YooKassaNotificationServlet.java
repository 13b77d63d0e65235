package org.cardhub.parent;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cardhub.acquiring.boundary.AcquirerNotifications;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Where the acquirer (YooKassa, or its emulator) posts its payment notifications. Open without signing in (no security
 * constraint covers it, and the authentication mechanism treats it as a machine path, never redirected to Keycloak);
 * POST only (other methods get 405), a body of at most {@value #MAX_BODY} bytes. Who sent it and what it says is for
 * {@link AcquirerNotifications} to judge; the answer is a status and a word, never a page.
 */
@WebServlet(YooKassaNotificationServlet.PATH)
public class YooKassaNotificationServlet extends HttpServlet {

    static final String PATH = "/acquiring/yookassa/notifications";
    static final int MAX_BODY = 64 * 1024;
    private static final long serialVersionUID = 1L;

    @Inject
    transient AcquirerNotifications notifications;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY || request.getContentLengthLong() > MAX_BODY) {
            answer(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "too large");
            return;
        }
        AcquirerNotifications.Answer answer = notifications.receive(request.getRemoteAddr(),
                new String(body, StandardCharsets.UTF_8));
        answer(response, answer.httpStatus(), answer.name().toLowerCase());
    }

    /** A plain status, not the container's error page (setStatus, not sendError). */
    private static void answer(HttpServletResponse response, int status, String word) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(word);
    }
}
