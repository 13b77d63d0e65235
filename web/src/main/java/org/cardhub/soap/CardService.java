package org.cardhub.soap;

import com.sun.xml.ws.developer.SchemaValidation;
import jakarta.ejb.EJB;
import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.ws.RequestWrapper;
import org.cardhub.cards.entity.BlockReason;
import org.cardhub.partners.boundary.Statements;
import org.cardhub.partners.boundary.Partners;

import javax.xml.datatype.XMLGregorianCalendar;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Cards for partner systems that speak SOAP: the cards of a contract the partner serves, a card's
 * balances and feed, and (fleet systems) blocking and unblocking. A card outside the partner's programs
 * is a fault {@code NOT_FOUND}, whether it exists or not. Requests are checked against the WSDL's schema,
 * so a card id that is no number or a time that is no xs:dateTime is a client fault, not a silent null.
 */
@SchemaValidation(outbound = false)
@WebService(name = "Card", serviceName = "CardService", portName = "CardPort", targetNamespace = CardService.NAMESPACE)
public class CardService {

    public static final String NAMESPACE = "urn:cardhub:soap:card:v1";
    private static final int DEFAULT_PAGE = 50;

    @EJB
    Partners partners;

    @EJB
    Statements statements;

    @WebMethod(operationName = "cards")
    @WebResult(name = "card")
    public List<CardState> cards(@WebParam(name = "contractNumber") @XmlElement(required = true) String contractNumber,
                                 @WebParam(name = "offset") Integer offset,
                                 @WebParam(name = "limit") Integer limit) throws CardhubFault {
        String number = required("contractNumber", contractNumber);
        return CardhubFault.reporting(() -> partners.cards(number, offset == null ? 0 : offset,
                limit == null ? DEFAULT_PAGE : limit).stream().map(CardState::of).toList());
    }

    @WebMethod(operationName = "balance")
    @WebResult(name = "card")
    public CardState balance(@WebParam(name = "cardId") @XmlElement(required = true) Long cardId) throws CardhubFault {
        long id = required("cardId", cardId);
        return CardhubFault.reporting(() -> CardState.of(partners.card(id)));
    }

    @WebMethod(operationName = "transactions")
    @WebResult(name = "page")
    @RequestWrapper(localName = "transactions", targetNamespace = NAMESPACE, className = "org.cardhub.soap.TransactionsRequest")
    public MovementPage transactions(@WebParam(name = "cardId") @XmlElement(required = true) Long cardId,
                                     @WebParam(name = "from") XMLGregorianCalendar from,
                                     @WebParam(name = "to") XMLGregorianCalendar to,
                                     @WebParam(name = "cursor") String cursor,
                                     @WebParam(name = "limit") Integer limit) throws CardhubFault {
        long id = required("cardId", cardId);
        Instant start = SoapTime.instantOf("from", from);
        Instant end = SoapTime.instantOf("to", to);
        return CardhubFault.reporting(() -> MovementPage.of(
                statements.ofCard(id, start, end, cursor, limit == null ? DEFAULT_PAGE : limit)));
    }

    /** Blocks a card: TEMPORARY can be lifted with {@link #unblock}; LOST and STOLEN are final. */
    @WebMethod(operationName = "block")
    @WebResult(name = "card")
    public CardState block(@WebParam(name = "cardId") @XmlElement(required = true) Long cardId,
                           @WebParam(name = "reason") @XmlElement(required = true) String reason) throws CardhubFault {
        long id = required("cardId", cardId);
        BlockReason why = Arrays.stream(BlockReason.values()).filter(known -> known.name().equals(reason))
                .findFirst().orElse(null);
        return CardhubFault.reporting(() -> CardState.of(partners.block(id, why)));
    }

    @WebMethod(operationName = "unblock")
    @WebResult(name = "card")
    public CardState unblock(@WebParam(name = "cardId") @XmlElement(required = true) Long cardId) throws CardhubFault {
        long id = required("cardId", cardId);
        return CardhubFault.reporting(() -> CardState.of(partners.unblock(id)));
    }

    private static <T> T required(String field, T value) throws CardhubFault {
        if (value == null) {
            throw CardhubFault.of("FIELD_REQUIRED", field + " is required");
        }
        return value;
    }
}
