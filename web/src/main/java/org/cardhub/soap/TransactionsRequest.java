package org.cardhub.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;

import javax.xml.datatype.XMLGregorianCalendar;

/**
 * The request element of {@link CardService#transactions}, written out only so that {@code from} and
 * {@code to} are typed xs:dateTime in the WSDL (a generated wrapper would make them xs:anySimpleType, and
 * schema validation could not refuse a time that is no time).
 */
@XmlRootElement(name = "transactions", namespace = CardService.NAMESPACE)
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "transactions", namespace = CardService.NAMESPACE, propOrder = {"cardId", "from", "to", "cursor", "limit"})
public class TransactionsRequest {

    @XmlElement(required = true)
    private Long cardId;
    @XmlSchemaType(name = "dateTime")
    private XMLGregorianCalendar from;
    @XmlSchemaType(name = "dateTime")
    private XMLGregorianCalendar to;
    private String cursor;
    private Integer limit;
}
