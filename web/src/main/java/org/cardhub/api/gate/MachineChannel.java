package org.cardhub.api.gate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cardhub.api.problem.Problem;
import org.cardhub.api.problem.Problems;
import org.cardhub.soap.SoapFaults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The three ways machines call Cardhub over HTTP, and how each is told no before its request reaches
 * its endpoint: REST callers get a problem, payment agents the protocol's {@code <response>} with a
 * result code, SOAP callers a fault.
 */
enum MachineChannel {
    REST("/api/"),
    SOAP("/soap/"),
    AGENT("/agent");

    private final String prefix;

    MachineChannel(String prefix) {
        this.prefix = prefix;
    }

    /** The channel of a request URI, if it is a machine path of this application. */
    static Optional<MachineChannel> of(HttpServletRequest request, String requestUri) {
        String path = requestUri.substring(Math.min(request.getContextPath().length(), requestUri.length()));
        for (MachineChannel channel : values()) {
            if (channel == AGENT ? path.equals("/agent") || path.startsWith("/agent/") : path.startsWith(channel.prefix)) {
                return Optional.of(channel);
            }
        }
        return Optional.empty();
    }

    /**
     * Answers with {@code status}: {@code code} and {@code detail} for REST (a problem) and SOAP (a fault),
     * {@code agentResult} and {@code detail} for the payment-agent protocol. Codes and details are this
     * package's own fixed texts, free of markup, so they go into the XML as they are.
     */
    void refuse(HttpServletRequest request, HttpServletResponse response, int status, String code, String detail,
                int agentResult) throws IOException {
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        String body = switch (this) {
            case REST -> {
                response.setContentType(Problem.MEDIA_TYPE);
                yield Problems.json(Problem.of(status, code, detail, request.getRequestURI()));
            }
            case SOAP -> {
                response.setContentType("text/xml;charset=UTF-8");
                yield SoapFaults.envelope(SoapFaults.Fault.of(code, detail));
            }
            case AGENT -> {
                response.setContentType("text/xml;charset=UTF-8");
                yield "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<response><osmp_txn_id/><result>" + agentResult + "</result><comment>" + detail
                        + "</comment></response>";
            }
        };
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
