package org.cardhub.cabinet.guard;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The headers every people-facing answer carries. The Content-Security-Policy of Faces pages is sent by
 * PrimeFaces itself (context parameter {@code primefaces.CSP} in web.xml), because only it knows the
 * nonce of the scripts it writes into each page; redirects and plain answers carry no scripts.
 * Framing is refused by the policy's {@code frame-ancestors 'none'} (and Payara's own X-Frame-Options).
 */
@WebFilter(filterName = "SecurityHeaders", urlPatterns = "/*")
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (PeoplePaths.isPeoplePath(request)) {
            addHeaders(request, response);
        }
        chain.doFilter(request, response);
    }

    static void addHeaders(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (!PeoplePaths.isStaticResource(request)) {
            // pages show balances and names: neither the browser nor a proxy may keep them
            response.setHeader("Cache-Control", "no-store");
        }
    }
}
