package org.cardhub.api.gate;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cardhub.partners.entity.PartnerTraffic;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import java.io.IOException;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Counts the requests on the machine paths by channel and the HTTP status they were answered with, in the application's
 * metric registry (the operations page's partner requests, Prometheus's {@code cardhub_partner_requests}). The
 * terminals' own calls (stop list, price list) are not partner requests and are not counted; a request that failed
 * with an exception counts as 500. Only the channel and the status become tags, never who called or what.
 */
@WebFilter(filterName = "PartnerTrafficCount", urlPatterns = {"/api/*", "/soap/*", "/agent", "/agent/*"})
public class PartnerTrafficCount extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(PartnerTrafficCount.class.getName());

    @Inject
    MetricRegistry registry;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(Math.min(request.getContextPath().length(), request.getRequestURI().length()));
        if (path.startsWith("/api/v1/terminal/")) {
            chain.doFilter(request, response);
            return;
        }
        int status = 500;
        try {
            chain.doFilter(request, response);
            status = response.getStatus();
        } finally {
            count(MachineChannel.of(request, request.getRequestURI()).orElse(MachineChannel.REST), status);
        }
    }

    private void count(MachineChannel channel, int status) {
        try {
            registry.counter(PartnerTraffic.REQUESTS, new Tag(PartnerTraffic.CHANNEL, channel.name().toLowerCase(Locale.ROOT)),
                    new Tag(PartnerTraffic.CODE, Integer.toString(status))).inc();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "a partner request was not counted", e);
        }
    }
}
