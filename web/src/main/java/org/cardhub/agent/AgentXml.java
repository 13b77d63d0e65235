package org.cardhub.agent;

import org.cardhub.partners.entity.AgentAnswer;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.OutputStream;

/**
 * Writes an answer as the protocol's {@code <response>} in UTF-8. The stream writer escapes markup;
 * characters XML 1.0 cannot carry at all (control characters an agent may have sent) become '?'.
 */
final class AgentXml {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private AgentXml() {
    }

    static void write(AgentAnswer answer, OutputStream out) throws XMLStreamException {
        XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("response");
        element(xml, "osmp_txn_id", answer.txnId());
        if (answer.prvTxn() != null) {
            element(xml, "prv_txn", answer.prvTxn().toString());
        }
        if (answer.sum() != null) {
            element(xml, "sum", answer.sum());
        }
        element(xml, "result", Integer.toString(answer.result().code()));
        element(xml, "comment", answer.comment());
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        if (text == null || text.isEmpty()) {
            xml.writeEmptyElement(name);
        } else {
            xml.writeStartElement(name);
            xml.writeCharacters(xmlSafe(text));
            xml.writeEndElement();
        }
    }

    static String xmlSafe(String text) {
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints().forEach(c -> safe.appendCodePoint(isXmlChar(c) ? c : '?'));
        return safe.toString();
    }

    private static boolean isXmlChar(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
