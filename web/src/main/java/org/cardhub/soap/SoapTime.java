package org.cardhub.soap;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.GregorianCalendar;

/** Instants as xs:dateTime: written in UTC, read only with their time zone, since a bare local time is ambiguous. */
final class SoapTime {

    private static final DatatypeFactory FACTORY = factory();

    private SoapTime() {
    }

    static XMLGregorianCalendar of(Instant instant) {
        return instant == null ? null : FACTORY.newXMLGregorianCalendar(GregorianCalendar.from(instant.atZone(ZoneOffset.UTC)));
    }

    static Instant instantOf(String field, XMLGregorianCalendar time) throws CardhubFault {
        if (time == null) {
            return null;
        }
        if (time.getTimezone() == DatatypeConstants.FIELD_UNDEFINED) {
            throw CardhubFault.of("RANGE_INVALID", field + " needs a time zone, e.g. 2026-01-31T00:00:00Z");
        }
        return time.toGregorianCalendar().toInstant();
    }

    private static DatatypeFactory factory() {
        try {
            return DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
