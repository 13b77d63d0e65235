package org.cardhub.agent;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cardhub.partners.boundary.AgentPayments;
import org.cardhub.partners.entity.AgentAnswer;
import org.cardhub.partners.entity.AgentResult;

import javax.xml.stream.XMLStreamException;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The payment-agent protocol: {@code GET} with query parameters or {@code POST} with a form body, one
 * XML answer in UTF-8. Who the agent is comes from its bearer token (role {@code partner-agent}, see
 * web.xml); {@link AgentPayments} decides everything else. A technical failure is result 1, which
 * agents retry, never an HTTP 500.
 */
@WebServlet(name = "AgentProtocol", urlPatterns = "/agent")
public class AgentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(AgentServlet.class.getName());

    @EJB
    private transient AgentPayments payments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        respond(answerTo(request), response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        respond(answerTo(request), response);
    }

    private AgentAnswer answerTo(HttpServletRequest request) {
        String txnId = null;
        try {
            readAsUtf8(request);
            AgentRequest.Parsed parsed = AgentRequest.parse(request.getParameterMap());
            if (parsed instanceof AgentRequest.Refused refused) {
                return refused.answer();
            }
            AgentRequest agent = ((AgentRequest.Valid) parsed).request();
            txnId = agent.txnId();
            return switch (agent.command()) {
                case CHECK -> payments.check(agent.txnId(), agent.account(), agent.sum());
                case PAY -> payments.pay(agent.txnId(), agent.txnDate(), agent.account(), agent.sum());
                case STATUS -> payments.status(agent.txnId());
            };
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Agent request " + txnId + " failed for a technical reason", e);
            return AgentAnswer.of(txnId, AgentResult.TEMPORARY);
        }
    }

    private static void respond(AgentAnswer answer, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/xml;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        try {
            AgentXml.write(answer, response.getOutputStream());
        } catch (XMLStreamException e) {
            throw new IOException("Cannot write the agent's answer", e);
        }
    }

    /** Form bodies are UTF-8 unless the agent says otherwise; the protocol's values are ASCII anyway. */
    private static void readAsUtf8(HttpServletRequest request) {
        if (request.getCharacterEncoding() == null) {
            try {
                request.setCharacterEncoding(StandardCharsets.UTF_8.name());
            } catch (UnsupportedEncodingException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
