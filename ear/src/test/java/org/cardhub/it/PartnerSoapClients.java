package org.cardhub.it;

import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.Service;
import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.soap.SOAPFaultException;
import org.w3c.dom.Node;

import javax.xml.datatype.XMLGregorianCalendar;
import javax.xml.namespace.QName;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.List;
import java.util.Map;

import static org.cardhub.it.RunningCardhub.APP;

/**
 * SOAP clients of Cardhub's agent and card services as a partner would build them: from the WSDL the
 * application serves, with the interfaces below (public, as Metro generates wrapper classes for them in
 * another package) declaring only the namespaces, names and types the
 * WSDL publishes, and the partner's bearer token on every call.
 */
public final class PartnerSoapClients {

    static final String AGENT_NS = "urn:cardhub:soap:agent:v1";
    static final String CARD_NS = "urn:cardhub:soap:card:v1";

    private PartnerSoapClients() {
    }

    static AgentPort agent(String bearerToken) {
        return port("/soap/agent", AGENT_NS, "AgentService", "AgentPort", AgentPort.class, bearerToken);
    }

    static CardPort card(String bearerToken) {
        return port("/soap/card", CARD_NS, "CardService", "CardPort", CardPort.class, bearerToken);
    }

    /** The stable code in a Cardhub fault's detail. */
    static String faultCode(SOAPFaultException fault) {
        var detail = fault.getFault().getDetail();
        if (detail == null) {
            return null;
        }
        for (Node entry = detail.getFirstChild(); entry != null; entry = entry.getNextSibling()) {
            for (Node field = entry.getFirstChild(); field != null; field = field.getNextSibling()) {
                if ("code".equals(field.getLocalName())) {
                    return field.getTextContent();
                }
            }
        }
        return null;
    }

    private static <T> T port(String path, String namespace, String service, String port, Class<T> type, String bearerToken) {
        try {
            T client = Service.create(new URL(APP + path + "?wsdl"), new QName(namespace, service))
                    .getPort(new QName(namespace, port), type);
            ((BindingProvider) client).getRequestContext().put(MessageContext.HTTP_REQUEST_HEADERS,
                    Map.of("Authorization", List.of("Bearer " + bearerToken)));
            return client;
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    @WebService(name = "Agent", targetNamespace = AGENT_NS)
    public interface AgentPort {

        @WebMethod
        @WebResult(name = "answer")
        AgentAnswer check(@WebParam(name = "txnId") String txnId, @WebParam(name = "account") String account,
                          @WebParam(name = "sum") String sum);

        @WebMethod
        @WebResult(name = "answer")
        AgentAnswer pay(@WebParam(name = "txnId") String txnId, @WebParam(name = "txnDate") String txnDate,
                        @WebParam(name = "account") String account, @WebParam(name = "sum") String sum);

        @WebMethod
        @WebResult(name = "answer")
        AgentAnswer status(@WebParam(name = "txnId") String txnId);
    }

    @WebService(name = "Card", targetNamespace = CARD_NS)
    public interface CardPort {

        @WebMethod
        @WebResult(name = "card")
        List<Card> cards(@WebParam(name = "contractNumber") String contractNumber, @WebParam(name = "offset") Integer offset,
                         @WebParam(name = "limit") Integer limit);

        @WebMethod
        @WebResult(name = "card")
        Card balance(@WebParam(name = "cardId") long cardId);

        @WebMethod
        @WebResult(name = "page")
        MovementPage transactions(@WebParam(name = "cardId") long cardId, @WebParam(name = "from") XMLGregorianCalendar from,
                                  @WebParam(name = "to") XMLGregorianCalendar to, @WebParam(name = "cursor") String cursor,
                                  @WebParam(name = "limit") Integer limit);

        @WebMethod
        @WebResult(name = "card")
        Card block(@WebParam(name = "cardId") long cardId, @WebParam(name = "reason") String reason);

        @WebMethod
        @WebResult(name = "card")
        Card unblock(@WebParam(name = "cardId") long cardId);
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "agentAnswer", namespace = AGENT_NS)
    public static class AgentAnswer {
        String txnId;
        Long prvTxn;
        String sum;
        int result;
        String comment;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "card", namespace = CARD_NS)
    public static class Card {
        long id;
        String contractNumber;
        String maskedNumber;
        String status;
        String blockReason;
        @XmlElement(name = "balance")
        List<Balance> balances;

        /** The balance of the card's main purse in the currency (RUB, LITRE). */
        String main(String currency) {
            return balances.stream().filter(b -> b.purpose.equals("MAIN") && b.currency.equals(currency))
                    .map(b -> b.balance).findFirst()
                    .orElseThrow(() -> new AssertionError("card " + maskedNumber + " has no MAIN " + currency + " purse"));
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "purseBalance", namespace = CARD_NS)
    public static class Balance {
        String purpose;
        String currency;
        String balance;
        String held;
        String available;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "movementPage", namespace = CARD_NS)
    public static class MovementPage {
        @XmlElement(name = "movement")
        List<Movement> movements;
        String nextCursor;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "movement", namespace = CARD_NS)
    public static class Movement {
        long id;
        XMLGregorianCalendar bookedAt;
        String kind;
        String amount;
        String volume;
    }
}
