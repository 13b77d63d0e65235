package org.cardhub.backoffice;

import org.cardhub.contracts.entity.DiscountScope;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the back office types for a new discount of a tariff: the product as picked from the list ({@code ""} all,
 * {@code C:FUEL} a category, {@code P:AI-95} a product), the place ({@code ""} everywhere, {@code S} the contract's
 * chosen stations, {@code R:RU-MOW} a region), the rate in basis points as typed and the first day.
 */
public class TariffDiscountForm implements Serializable {

    static final String CATEGORY = "C:";
    static final String PRODUCT = "P:";
    static final String REGION = "R:";
    static final String CHOSEN_STATIONS = "S";

    private String tariffCode;
    private String product = "";
    private String place = "";
    private String basisPoints;
    private LocalDate from;

    void reset(String tariffCode, LocalDate today) {
        this.tariffCode = tariffCode;
        product = "";
        place = "";
        basisPoints = null;
        from = today;
    }

    DiscountScope scope() {
        return new DiscountScope(after(product, PRODUCT), after(product, CATEGORY), after(place, REGION),
                CHOSEN_STATIONS.equals(place));
    }

    /** The rate as typed, or null when it is no whole number (the page then says what a rate is). */
    Integer rate() {
        String typed = basisPoints == null ? "" : basisPoints.replaceAll("[\\s\u00a0\u202f]", "");
        return typed.matches("-?\\d{1,6}") ? Integer.valueOf(typed) : null;
    }

    private static String after(String value, String prefix) {
        return value != null && value.startsWith(prefix) ? value.substring(prefix.length()) : null;
    }

    public String getTariffCode() {
        return tariffCode;
    }

    public String getProduct() {
        return product;
    }

    public void setProduct(String product) {
        this.product = product;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getBasisPoints() {
        return basisPoints;
    }

    public void setBasisPoints(String basisPoints) {
        this.basisPoints = basisPoints;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }
}
