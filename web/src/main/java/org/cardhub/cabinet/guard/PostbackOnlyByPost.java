package org.cardhub.cabinet.guard;

import jakarta.faces.render.ResponseStateManager;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.logging.Logger;

/**
 * Faces treats any request carrying a view state as a postback and runs its actions, whatever the
 * method, so a link or an image on another site could change a person's settings with a GET. Only a
 * POST may carry a view state; anything else is refused with 400 before Faces sees it.
 */
@WebFilter(filterName = "PostbackOnlyByPost", urlPatterns = "/*")
public class PostbackOnlyByPost extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(PostbackOnlyByPost.class.getName());
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isPostbackByOtherMethod(request)) {
            LOG.info(() -> "Refused a Faces postback by " + request.getMethod() + " to " + request.getRequestURI());
            NoticePage.POST_ONLY.send(request, response, HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean isPostbackByOtherMethod(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                && PeoplePaths.isPeoplePath(request)
                && request.getParameter(ResponseStateManager.VIEW_STATE_PARAM) != null;
    }
}
