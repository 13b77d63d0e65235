package org.cardhub.corporate;

import org.cardhub.fleet.entity.TransactionFilter;
import org.cardhub.fleet.entity.TransactionStatus;
import org.cardhub.fleet.entity.TransactionType;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;

/** The fields of the transactions page's filter, as the form holds them until "Show" turns them into a filter. */
public class TransactionFilterForm implements Serializable {

    private LocalDate from;
    private LocalDate to;
    private String card;
    private Long group;
    private String vehicle;
    private String station;
    private String region;
    private String product;
    private TransactionType type;
    private TransactionStatus status;
    private boolean suspicious;

    public TransactionFilter toFilter() {
        return new TransactionFilter(from, to, card, station, region, product, type, group, vehicle, status, suspicious);
    }

    /** Whether the period ends before it starts. */
    public boolean isBackwards() {
        return from != null && to != null && to.isBefore(from);
    }

    /** This month so far, in the contract's time zone; nothing else narrowed. */
    public void reset(ZoneId zone) {
        to = LocalDate.now(zone);
        from = to.withDayOfMonth(1);
        card = null;
        group = null;
        vehicle = null;
        station = null;
        region = null;
        product = null;
        type = null;
        status = null;
        suspicious = false;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getCard() {
        return card;
    }

    public void setCard(String card) {
        this.card = card;
    }

    public Long getGroup() {
        return group;
    }

    public void setGroup(Long group) {
        this.group = group;
    }

    public String getVehicle() {
        return vehicle;
    }

    public void setVehicle(String vehicle) {
        this.vehicle = vehicle;
    }

    public String getStation() {
        return station;
    }

    public void setStation(String station) {
        this.station = station;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getProduct() {
        return product;
    }

    public void setProduct(String product) {
        this.product = product;
    }

    public TransactionType getType() {
        return type;
    }

    public void setType(TransactionType type) {
        this.type = type;
    }

    public TransactionStatus getStatus() {
        return status;
    }

    public void setStatus(TransactionStatus status) {
        this.status = status;
    }

    public boolean isSuspicious() {
        return suspicious;
    }

    public void setSuspicious(boolean suspicious) {
        this.suspicious = suspicious;
    }
}
