package org.cardhub.cards.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serializable;
import java.util.Objects;

import static org.cardhub.cards.entity.InvalidCardOrderException.Code.ADDRESS_FORMAT;
import static org.cardhub.cards.entity.InvalidCardOrderException.Code.ADDRESS_REQUIRED;
import static org.cardhub.cards.entity.InvalidCardOrderException.Code.OFFICE_REQUIRED;

/**
 * Where an order's plastic cards go: by courier to an address (one line, at most 500 characters) or to a service office
 * for pick-up; virtual cards go {@link #nowhere()}.
 */
@Embeddable
public class Delivery implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX_ADDRESS = 500;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_method")
    private DeliveryMethod method;

    @Column(name = "delivery_address")
    private String address;

    @Column(name = "service_office_code")
    private String officeCode;

    protected Delivery() {
    }

    /** Virtual cards travel nowhere. */
    public static Delivery nowhere() {
        return new Delivery();
    }

    /** To the address, its lines joined into one (a courier's slip has one). */
    public static Delivery courier(String address) {
        String oneLine = address == null ? "" : address.replaceAll("\\s*,?\\s*[\\r\\n]+\\s*", ", ")
                .replaceAll("^[\\s,]+|[\\s,]+$", "");
        if (oneLine.isEmpty()) {
            throw new InvalidCardOrderException(ADDRESS_REQUIRED, "A courier needs the delivery address");
        }
        if (oneLine.length() > MAX_ADDRESS || oneLine.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidCardOrderException(ADDRESS_FORMAT, "An address is at most " + MAX_ADDRESS + " printable characters");
        }
        Delivery delivery = new Delivery();
        delivery.method = DeliveryMethod.COURIER;
        delivery.address = oneLine;
        return delivery;
    }

    /** To the service office of that code for pick-up; whether it is an open office is the boundary's to check. */
    public static Delivery pickUp(String officeCode) {
        if (officeCode == null || officeCode.isBlank()) {
            throw new InvalidCardOrderException(OFFICE_REQUIRED, "Pick-up needs a service office");
        }
        Delivery delivery = new Delivery();
        delivery.method = DeliveryMethod.PICKUP;
        delivery.officeCode = officeCode.strip();
        return delivery;
    }

    /** COURIER or PICKUP; null for nowhere. */
    public DeliveryMethod method() {
        return method;
    }

    public String address() {
        return address;
    }

    public String officeCode() {
        return officeCode;
    }

    public boolean isNowhere() {
        return method == null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Delivery that && method == that.method && Objects.equals(address, that.address)
                && Objects.equals(officeCode, that.officeCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, address, officeCode);
    }
}
