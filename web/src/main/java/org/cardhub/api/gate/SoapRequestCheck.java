package org.cardhub.api.gate;

import org.cardhub.soap.SoapFaults;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.util.Optional;

/**
 * What a SOAP call must be before Metro reads it: well-formed XML without a document type declaration,
 * a SOAP 1.1 envelope, and a body whose operation is in the service's namespace. Metro answers the
 * first with a server fault and the last with a NullPointerException; both are the caller's mistake.
 */
final class SoapRequestCheck {

    private static final XMLInputFactory FACTORY = XMLInputFactory.newFactory();

    static {
        FACTORY.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        FACTORY.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private SoapRequestCheck() {
    }

    /** The fault for {@code body} sent to the service of {@code namespace}; empty when Metro may read it. */
    static Optional<SoapFaults.Fault> refusalOf(byte[] body, String namespace) {
        try {
            XMLStreamReader xml = FACTORY.createXMLStreamReader(new ByteArrayInputStream(body));
            try {
                String operationNamespace = null;
                boolean inBody = false;
                boolean operationSeen = false;
                int depth = 0;
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.DTD) {
                        return refused("MALFORMED_XML", "A SOAP message has no document type declaration");
                    }
                    if (event == XMLStreamConstants.END_ELEMENT) {
                        depth--;
                    } else if (event == XMLStreamConstants.START_ELEMENT) {
                        depth++;
                        if (depth == 1 && !isEnvelope(xml, "Envelope")) {
                            return refused("NOT_SOAP", "The request is a SOAP 1.1 envelope (" + SoapFaults.ENVELOPE_NS + ")");
                        }
                        if (depth == 2) {
                            inBody = isEnvelope(xml, "Body");
                        } else if (depth == 3 && inBody && !operationSeen) {
                            operationSeen = true;
                            operationNamespace = xml.getNamespaceURI();
                        }
                    }
                }
                if (!operationSeen || !namespace.equals(operationNamespace)) {
                    return refused("UNKNOWN_OPERATION", "This service's operations are in the namespace " + namespace);
                }
                return Optional.empty();
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            return refused("MALFORMED_XML", "The request is not well-formed XML: " + SoapFaults.clean(e.getMessage()));
        }
    }

    /** Whether the current element is the SOAP 1.1 envelope's element {@code localName}. */
    private static boolean isEnvelope(XMLStreamReader xml, String localName) {
        return SoapFaults.ENVELOPE_NS.equals(xml.getNamespaceURI()) && localName.equals(xml.getLocalName());
    }

    private static Optional<SoapFaults.Fault> refused(String code, String message) {
        return Optional.of(SoapFaults.Fault.of(code, message));
    }
}
