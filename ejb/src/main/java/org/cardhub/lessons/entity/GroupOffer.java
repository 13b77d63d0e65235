package org.cardhub.lessons.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

/** A subscription a group offers, as the records keep it ({@link SubscriptionOffer} holds its rules). */
@Entity
@Table(name = "lesson_offer")
public class GroupOffer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "group_id")
    private long groupId;

    private int lessons;

    @Column(name = "valid_days")
    private int validDays;

    @Column(name = "price_minor")
    private long priceMinor;

    protected GroupOffer() {
    }

    public GroupOffer(long groupId, SubscriptionOffer offer) {
        this.groupId = groupId;
        this.lessons = offer.lessons();
        this.validDays = offer.validDays();
        this.priceMinor = offer.price().minorUnits();
    }

    public SubscriptionOffer offer() {
        return new SubscriptionOffer(lessons, validDays, price());
    }

    public Amount price() {
        return Amount.ofMinorUnits(priceMinor, Currency.RUB);
    }

    public Long id() {
        return id;
    }

    public long groupId() {
        return groupId;
    }

    public int lessons() {
        return lessons;
    }

    public int validDays() {
        return validDays;
    }
}
