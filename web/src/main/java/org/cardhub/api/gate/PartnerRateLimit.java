package org.cardhub.api.gate;

import io.github.bucket4j.ConsumptionProbe;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cardhub.callers.Role;

import java.io.IOException;
import java.security.Principal;
import java.util.concurrent.TimeUnit;

/**
 * Holds each partner system to its request rate on every machine path. Runs after authentication, so
 * the caller is known; terminals and people are not partners and are not counted here. Over the rate:
 * 429 with Retry-After, the whole seconds until a request would pass again.
 */
@WebFilter(filterName = "PartnerRateLimit", urlPatterns = {"/api/*", "/soap/*", "/agent", "/agent/*"})
public class PartnerRateLimit extends HttpFilter {

    private static final long NANOS_PER_SECOND = TimeUnit.SECONDS.toNanos(1);

    @Inject
    PartnerBuckets buckets;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal caller = request.getUserPrincipal();
        boolean partner = caller != null
                && (request.isUserInRole(Role.Names.PARTNER_AGENT) || request.isUserInRole(Role.Names.PARTNER_FLEET)
                || request.isUserInRole(Role.Names.PARTNER_BONUS));
        if (!partner) {
            chain.doFilter(request, response);
            return;
        }
        ConsumptionProbe probe = buckets.take(caller.getName());
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND);
        response.setHeader("Retry-After", Long.toString(seconds));
        MachineChannel.of(request, request.getRequestURI()).orElse(MachineChannel.REST).refuse(request, response, 429,
                "RATE_LIMITED", "Over this partner's request rate; retry after " + seconds + " s", 1);
    }
}
