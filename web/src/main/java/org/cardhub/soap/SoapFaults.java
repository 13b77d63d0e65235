package org.cardhub.soap;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every SOAP fault Cardhub sends, in one shape: {@code soap:Client} when the caller must change the
 * request (a refusal, a malformed or unauthorised request), {@code soap:Server} only when we failed and
 * the same request may succeed later; the detail carries a stable code; no Java class names, no stack
 * traces. Faults Metro writes itself are read back and put into this shape by the gate's SoapGate.
 */
public final class SoapFaults {

    public static final String ENVELOPE_NS = "http://schemas.xmlsoap.org/soap/envelope/";
    /** Codes of our own failures: the only ones a caller should retry unchanged. */
    private static final Set<String> SERVER_CODES = Set.of("UNAVAILABLE", "INTERNAL_ERROR");
    private static final Pattern EXCEPTION_CLASS = Pattern.compile("(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)\\b:?\\s*");
    private static final Pattern QUALIFIED_CLASS = Pattern.compile("\\b(?:[a-z_$][\\w$]*\\.){2,}([A-Z][\\w$]*)");
    private static final Pattern STACK_FRAME = Pattern.compile("\\R\\s*at ");
    private static final int MAX_MESSAGE = 300;

    private SoapFaults() {
    }

    /** A fault as the caller gets it: who must act, the stable code and a message for people. */
    public record Fault(boolean client, String code, String message) {

        public static Fault of(String code, String message) {
            return new Fault(!SERVER_CODES.contains(code), code, clean(message));
        }
    }

    /** The SOAP 1.1 envelope of {@code fault}, its detail the {@code cardhubFault} of the WSDLs. */
    public static String envelope(Fault fault) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<soap:Envelope xmlns:soap=\"" + ENVELOPE_NS + "\"><soap:Body><soap:Fault>"
                + "<faultcode>soap:" + (fault.client() ? "Client" : "Server") + "</faultcode>"
                + "<faultstring>" + escaped(fault.code() + ": " + fault.message()) + "</faultstring>"
                + "<detail><f:cardhubFault xmlns:f=\"" + CardhubFault.NAMESPACE + "\"><code>" + escaped(fault.code())
                + "</code><message>" + escaped(fault.message()) + "</message></f:cardhubFault></detail>"
                + "</soap:Fault></soap:Body></soap:Envelope>";
    }

    /**
     * The fault in a response Metro wrote, if it is one: with a {@code cardhubFault} detail its code decides
     * who must act; without one, a client fault (Metro's own schema or dispatch refusal) is
     * {@code INVALID_REQUEST}, and a server fault is {@code INTERNAL_ERROR} with its text left out.
     */
    public static Optional<Fault> read(byte[] response) {
        Element fault = faultOf(response);
        if (fault == null) {
            return Optional.empty();
        }
        Element detail = firstDescendant(fault, CardhubFault.NAMESPACE, "cardhubFault");
        if (detail != null) {
            return Optional.of(Fault.of(text(detail, "code"), text(detail, "message")));
        }
        String faultCode = text(fault, "faultcode");
        if (faultCode.endsWith("Client")) {
            return Optional.of(new Fault(true, "INVALID_REQUEST", clean(text(fault, "faultstring"))));
        }
        return Optional.of(new Fault(false, "INTERNAL_ERROR", ""));
    }

    /** A message without Java class names or stack frames, on one line, of bounded length. */
    public static String clean(String message) {
        if (message == null) {
            return "";
        }
        String withoutFrames = STACK_FRAME.split(message, 2)[0].replaceAll("\\s+", " ");
        String cleaned = QUALIFIED_CLASS.matcher(EXCEPTION_CLASS.matcher(withoutFrames).replaceAll("")).replaceAll("$1").strip();
        return cleaned.length() <= MAX_MESSAGE ? cleaned : cleaned.substring(0, MAX_MESSAGE) + "…";
    }

    private static Element faultOf(byte[] response) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // throws without printing to the server's stderr
            Document document = builder.parse(new ByteArrayInputStream(response));
            return firstDescendant(document.getDocumentElement(), ENVELOPE_NS, "Fault");
        } catch (ParserConfigurationException | SAXException | IOException | IllegalArgumentException notXml) {
            return null;
        }
    }

    private static Element firstDescendant(Element root, String namespace, String localName) {
        if (namespace.equals(root.getNamespaceURI()) && localName.equals(root.getLocalName())) {
            return root;
        }
        Node found = root.getElementsByTagNameNS(namespace, localName).item(0);
        return (Element) found;
    }

    /** The text of the unqualified child {@code name} of {@code parent}, empty when there is none. */
    private static String text(Element parent, String name) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && name.equals(element.getLocalName())) {
                return element.getTextContent().strip();
            }
        }
        return "";
    }

    private static String escaped(String text) {
        StringBuilder xml = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                case '&' -> xml.append("&amp;");
                default -> xml.appendCodePoint(c < 0x20 && c != '\t' ? '?' : c);
            }
        });
        return xml.toString();
    }

    public static byte[] bytes(Fault fault) {
        return envelope(fault).getBytes(StandardCharsets.UTF_8);
    }
}
