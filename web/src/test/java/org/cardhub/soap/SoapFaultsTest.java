package org.cardhub.soap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class SoapFaultsTest {

    private static final String ENVELOPE = "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><S:Body>";
    private static final String END = "</S:Body></S:Envelope>";

    @ParameterizedTest
    @ValueSource(strings = {"NOT_FOUND", "FORBIDDEN", "FIELD_REQUIRED", "REASON_REQUIRED", "STATUS_TRANSITION", "CURSOR_INVALID"})
    void aRefusalByTheRulesIsTheClientsToFix(String code) {
        String metro = ENVELOPE + "<S:Fault><faultcode>S:Server</faultcode><faultstring>" + code + ": x</faultstring>"
                + "<detail><ns2:cardhubFault xmlns:ns2=\"urn:cardhub:soap:fault:v1\"><code>" + code + "</code>"
                + "<message>Nothing of that id for this partner</message></ns2:cardhubFault></detail></S:Fault>" + END;

        assertThat(SoapFaults.read(bytes(metro)))
                .hasValue(new SoapFaults.Fault(true, code, "Nothing of that id for this partner"));
    }

    @Test
    void onlyOurOwnFailureIsAServerFault() {
        assertThat(SoapFaults.Fault.of("UNAVAILABLE", "Temporary failure, try again later").client()).isFalse();
        assertThat(SoapFaults.Fault.of("INTERNAL_ERROR", "x").client()).isFalse();
        assertThat(SoapFaults.Fault.of("MALFORMED_XML", "x").client()).isTrue();
    }

    @Test
    void aServerFaultOfMetroWithoutOurDetailIsAnInternalErrorWithoutItsText() {
        String metro = ENVELOPE + "<S:Fault><faultcode>S:Server</faultcode><faultstring>java.lang.NullPointerException</faultstring>"
                + "<detail><ns2:exception xmlns:ns2=\"http://jax-ws.dev.java.net/\" class=\"java.lang.NullPointerException\">"
                + "<ns2:stackTrace><ns2:frame class=\"org.cardhub.soap.CardService\"/></ns2:stackTrace></ns2:exception></detail>"
                + "</S:Fault>" + END;

        assertThat(SoapFaults.read(bytes(metro))).hasValue(new SoapFaults.Fault(false, "INTERNAL_ERROR", ""));
    }

    @Test
    void aClientFaultOfMetroKeepsItsReasonWithoutClassNames() {
        String metro = ENVELOPE + "<S:Fault><faultcode>S:Client</faultcode><faultstring>org.xml.sax.SAXParseException: "
                + "cvc-complex-type.2.4.d: Invalid content was found starting with element 'sum'.</faultstring></S:Fault>" + END;

        assertThat(SoapFaults.read(bytes(metro))).hasValue(new SoapFaults.Fault(true, "INVALID_REQUEST",
                "cvc-complex-type.2.4.d: Invalid content was found starting with element 'sum'."));
    }

    @Test
    void anAnswerThatIsNoFaultIsLeftAlone() {
        assertThat(SoapFaults.read(bytes(ENVELOPE + "<ns2:payResponse xmlns:ns2=\"urn:cardhub:soap:agent:v1\"/>" + END)))
                .isEmpty();
        assertThat(SoapFaults.read(bytes("<html>502</html>"))).isEmpty();
        assertThat(SoapFaults.read(bytes("not xml"))).isEmpty();
    }

    @Test
    void theEnvelopeCarriesTheCodeInItsDetailAndEscapesTheMessage() {
        String envelope = SoapFaults.envelope(SoapFaults.Fault.of("NOT_FOUND", "no <card> & no contract"));

        assertThat(envelope).contains("<faultcode>soap:Client</faultcode>")
                .contains("<faultstring>NOT_FOUND: no &lt;card&gt; &amp; no contract</faultstring>")
                .contains("<f:cardhubFault xmlns:f=\"urn:cardhub:soap:fault:v1\"><code>NOT_FOUND</code>");
        assertThat(SoapFaults.read(bytes(envelope)))
                .hasValue(new SoapFaults.Fault(true, "NOT_FOUND", "no <card> & no contract"));
    }

    @Test
    void classNamesAndStackFramesAreCleanedFromMessages() {
        assertThat(SoapFaults.clean("java.lang.IllegalStateException: broken\n\tat org.cardhub.soap.CardService.x(CardService.java:1)"))
                .isEqualTo("broken");
        assertThat(SoapFaults.clean("Cannot convert org.cardhub.soap.TransactionsRequest")).isEqualTo("Cannot convert TransactionsRequest");
        assertThat(SoapFaults.clean("x".repeat(400))).hasSize(301);
    }

    private static byte[] bytes(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }
}
