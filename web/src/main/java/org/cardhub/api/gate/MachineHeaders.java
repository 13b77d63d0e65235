package org.cardhub.api.gate;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Collections;
import java.util.Optional;

/** Refuses a machine request whose headers {@link HeaderRules} forbid, in its channel's format. */
@WebFilter(filterName = "MachineHeaders", urlPatterns = {"/api/*", "/soap/*", "/agent", "/agent/*"})
public class MachineHeaders extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        MachineChannel channel = MachineChannel.of(request, request.getRequestURI()).orElse(MachineChannel.REST);
        Optional<HeaderRules.Refusal> refusal = HeaderRules.refusalOf(channel,
                name -> Collections.list(request.getHeaders(name)));
        if (refusal.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        HeaderRules.Refusal refused = refusal.get();
        if (refused.closeConnection()) {
            response.setHeader("Connection", "close");
        }
        channel.refuse(request, response, refused.status(), refused.code(), refused.detail(), 300);
    }
}
