package org.cardhub.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** The detail of a {@link CardhubFault}: a stable code for programs and a message for people. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "cardhubError", namespace = CardhubFault.NAMESPACE, propOrder = {"code", "message"})
public class FaultInfo {

    @XmlElement(required = true)
    private String code;

    @XmlElement(required = true)
    private String message;

    protected FaultInfo() {
    }

    public FaultInfo(String code, String message) {
        this.code = code;
        this.message = message;
    }

    public String getCode() {
        return code;
    }

    public String getMessage() {
        return message;
    }
}
