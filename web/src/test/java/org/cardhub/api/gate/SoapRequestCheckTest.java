package org.cardhub.api.gate;

import org.cardhub.soap.SoapFaults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SoapRequestCheckTest {

    private static final String AGENT = "urn:cardhub:soap:agent:v1";
    private static final String ENVELOPE = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" "
            + "xmlns:a=\"" + AGENT + "\">";

    @Test
    void aCallOfTheServicesNamespacePasses() {
        assertThat(check(ENVELOPE + "<soapenv:Header><x:token xmlns:x=\"urn:other\"/></soapenv:Header><soapenv:Body>"
                + "<a:status><txnId>1</txnId></a:status></soapenv:Body></soapenv:Envelope>")).isEmpty();
    }

    @Test
    void anOperationOfAnotherNamespaceIsTheClientsMistake() {
        assertThat(check(ENVELOPE + "<soapenv:Body><w:status xmlns:w=\"urn:wrong\"><txnId>1</txnId></w:status>"
                + "</soapenv:Body></soapenv:Envelope>"))
                .hasValueSatisfying(fault -> assertClientFault(fault, "UNKNOWN_OPERATION"));
        assertThat(check(ENVELOPE + "<soapenv:Body/></soapenv:Envelope>"))
                .hasValueSatisfying(fault -> assertClientFault(fault, "UNKNOWN_OPERATION"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not xml", "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>",
            "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body><a:status></soapenv:Body>"})
    void textThatIsNotWellFormedXmlIsTheClientsMistake(String body) {
        assertThat(check(body)).hasValueSatisfying(fault -> {
            assertClientFault(fault, "MALFORMED_XML");
            assertThat(fault.message()).doesNotContainPattern("[a-z]+\\.[a-z]+\\.[A-Z]\\w+");
        });
    }

    @Test
    void aDocumentTypeDeclarationIsRefusedUnread() {
        assertThat(check("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>" + ENVELOPE
                + "<soapenv:Body><a:status><txnId>&e;</txnId></a:status></soapenv:Body></soapenv:Envelope>"))
                .hasValueSatisfying(fault -> assertClientFault(fault, "MALFORMED_XML"));
    }

    @Test
    void soap12OrPlainXmlIsNotTheEnvelopeExpected() {
        assertThat(check("<e:Envelope xmlns:e=\"http://www.w3.org/2003/05/soap-envelope\"><e:Body/></e:Envelope>"))
                .hasValueSatisfying(fault -> assertClientFault(fault, "NOT_SOAP"));
    }

    private static void assertClientFault(SoapFaults.Fault fault, String code) {
        assertThat(fault.client()).isTrue();
        assertThat(fault.code()).isEqualTo(code);
    }

    private static Optional<SoapFaults.Fault> check(String body) {
        return SoapRequestCheck.refusalOf(body.getBytes(StandardCharsets.UTF_8), AGENT);
    }
}
