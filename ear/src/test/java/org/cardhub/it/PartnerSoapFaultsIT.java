package org.cardhub.it;

import jakarta.xml.ws.soap.SOAPFaultException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.cardhub.it.AgentProtocolIT.freshTxnId;
import static org.cardhub.it.AgentProtocolIT.txnDate;
import static org.cardhub.it.PartnerRestIT.SCHOOL_CARD_SUFFIX;
import static org.cardhub.it.PartnerRestIT.SCHOOL_NUMBER;
import static org.cardhub.it.PartnerRestIT.cardId;
import static org.cardhub.it.PartnerRestIT.mainBalance;
import static org.cardhub.it.PartnerSoapClients.faultCode;
import static org.cardhub.it.RunningCardhub.APP;
import static org.cardhub.it.RunningCardhub.clientToken;
import static org.cardhub.it.RunningCardhub.post;
import static org.cardhub.it.RunningCardhub.userToken;

/**
 * SOAP faults say who must act: soap:Client for the caller's mistakes and refusals, with a stable code in
 * the detail; soap:Server only for our failures; never a Java class name; SOAP faults also for 401/403.
 */
class PartnerSoapFaultsIT {

    private static final String ENVELOPE = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>";
    private static final String END = "</soap:Body></soap:Envelope>";

    private static String agentDemo;

    @BeforeAll
    static void signIn() {
        agentDemo = clientToken("agent-demo", "agent-demo-secret");
    }

    @Test
    void aPayWithTwoSumsIsAClientFaultAndCreditsNothing() {
        long schoolCard = cardId(agentDemo, "S-00000001", SCHOOL_CARD_SUFFIX);
        BigDecimal before = mainBalance(agentDemo, schoolCard);
        String pay = ENVELOPE + "<a:pay xmlns:a=\"urn:cardhub:soap:agent:v1\"><txnId>" + freshTxnId() + "</txnId><txnDate>"
                + txnDate() + "</txnDate><account>" + SCHOOL_NUMBER + "</account><sum>1.00</sum><sum>5000.00</sum></a:pay>" + END;

        assertFault(post(APP + "/soap/agent", "text/xml; charset=utf-8", pay, agentDemo), 500, "Client", "INVALID_REQUEST");
        assertThat(mainBalance(agentDemo, schoolCard)).isEqualByComparingTo(before);
    }

    @Test
    void anOperationOfAnotherNamespaceIsAClientFault() {
        String status = ENVELOPE + "<a:status xmlns:a=\"urn:wrong\"><txnId>1</txnId></a:status>" + END;

        assertFault(post(APP + "/soap/agent", "text/xml; charset=utf-8", status, agentDemo), 500, "Client", "UNKNOWN_OPERATION");
    }

    @Test
    void textThatIsNoXmlIsAClientFault() {
        assertFault(post(APP + "/soap/agent", "text/xml; charset=utf-8", ENVELOPE + "<a:status", agentDemo), 500, "Client",
                "MALFORMED_XML");
    }

    @Test
    void aRefusalIsAClientFaultWithItsCode() {
        SOAPFaultException fault = catchThrowableOfType(SOAPFaultException.class,
                () -> PartnerSoapClients.card(agentDemo).balance(999_999_999L));

        assertThat(fault.getFault().getFaultCodeAsQName().getLocalPart()).isEqualTo("Client");
        assertThat(faultCode(fault)).isEqualTo("NOT_FOUND");
        assertThat(fault.getFault().getFaultString()).doesNotContain("Exception").doesNotContain("org.cardhub");
    }

    @Test
    void withoutATokenOrWithoutAPartnerRoleTheAnswerIsASoapFault() {
        String status = ENVELOPE + "<a:status xmlns:a=\"urn:cardhub:soap:agent:v1\"><txnId>1</txnId></a:status>" + END;

        assertFault(post(APP + "/soap/agent", "text/xml; charset=utf-8", status, null), 401, "Client", "UNAUTHORIZED");
        assertFault(post(APP + "/soap/agent", "text/xml; charset=utf-8", status, userToken("parent", "Demo-pass-1")), 403,
                "Client", "FORBIDDEN");
    }

    /** A SOAP 1.1 fault in text/xml with the status, the fault code's local part and the detail's code; no class names. */
    static void assertFault(HttpResponse<String> response, int status, String faultCode, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("text/xml"));
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("java.").doesNotContain("stackTrace");
        try {
            Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
            assertThat(text(xml, "faultcode")).endsWith(":" + faultCode);
            assertThat(text(xml, "code")).isEqualTo(code);
        } catch (Exception e) {
            throw new AssertionError("Not a SOAP fault: " + response.body(), e);
        }
    }

    private static String text(Document xml, String element) {
        Node node = xml.getElementsByTagName(element).item(0);
        return node == null ? null : node.getTextContent();
    }
}
