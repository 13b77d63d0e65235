package org.cardhub.api.gate;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cardhub.soap.AgentService;
import org.cardhub.soap.CallerService;
import org.cardhub.soap.CardService;
import org.cardhub.soap.SoapFaults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Around every SOAP call: a request Metro would misread (not XML, not a SOAP 1.1 envelope, an operation
 * of another namespace) is refused as {@code soap:Client} before it reaches Metro, and every fault
 * Metro writes is put into {@link SoapFaults}' shape, so a business refusal is never {@code soap:Server}
 * and no Java class name or stack trace leaves the server. WSDL requests (GET) pass untouched.
 */
@WebFilter(filterName = "SoapGate", urlPatterns = "/soap/*")
public class SoapGate extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(SoapGate.class.getName());
    private static final Map<String, String> NAMESPACES = Map.of("/soap/agent", AgentService.NAMESPACE,
            "/soap/card", CardService.NAMESPACE, "/soap/caller", CallerService.NAMESPACE);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String namespace = NAMESPACES.get(request.getRequestURI().substring(request.getContextPath().length()));
        if (!"POST".equals(request.getMethod()) || namespace == null) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(RequestSizeLimit.MAX_BODY + 1);
        if (body.length > RequestSizeLimit.MAX_BODY) {
            RequestSizeLimit.refuse(request, response);
            return;
        }
        Optional<SoapFaults.Fault> refusal = SoapRequestCheck.refusalOf(body, namespace);
        if (refusal.isPresent()) {
            send(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, refusal.get());
            return;
        }
        CapturedResponse captured = new CapturedResponse(response);
        chain.doFilter(new BufferedBodyRequest(request, body), captured);
        byte[] answer = captured.body();
        Optional<SoapFaults.Fault> fault = captured.getStatus() >= 400 ? SoapFaults.read(answer) : Optional.empty();
        if (fault.isEmpty()) {
            response.setContentLength(answer.length);
            response.getOutputStream().write(answer);
            return;
        }
        send(response, captured.getStatus(), incidentIfOurs(fault.get(), request, answer));
    }

    /** A server fault Metro wrote without our detail is a failure of ours: logged once, answered with an incident id. */
    private static SoapFaults.Fault incidentIfOurs(SoapFaults.Fault fault, HttpServletRequest request, byte[] answer) {
        if (!"INTERNAL_ERROR".equals(fault.code())) {
            return fault;
        }
        String incident = UUID.randomUUID().toString();
        LOG.severe("Incident " + incident + " on POST " + request.getRequestURI() + ": "
                + new String(answer, StandardCharsets.UTF_8));
        return SoapFaults.Fault.of("INTERNAL_ERROR", "Something went wrong on our side; quote incident " + incident
                + " when you report it");
    }

    /** Sends a fault envelope; a fault about the request's content is HTTP 500 (WS-I Basic Profile), whoever must act. */
    private static void send(HttpServletResponse response, int status, SoapFaults.Fault fault) throws IOException {
        byte[] envelope = SoapFaults.bytes(fault);
        response.setStatus(status);
        response.setContentType("text/xml;charset=UTF-8");
        response.setContentLength(envelope.length);
        response.getOutputStream().write(envelope);
    }
}
