package org.cardhub.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import org.cardhub.partners.entity.FeedEntry;

import javax.xml.datatype.XMLGregorianCalendar;

/**
 * One movement of a card's feed: {@code amount} (roubles) and {@code volume} (litres) are the net change
 * to the card's purses, negative for spending.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "movement", namespace = CardService.NAMESPACE, propOrder = {"id", "bookedAt", "kind", "amount", "volume",
        "cardId", "maskedCard", "product", "category", "station", "description", "reversesId"})
public class Movement {

    private long id;
    @XmlSchemaType(name = "dateTime")
    private XMLGregorianCalendar bookedAt;
    private String kind;
    private String amount;
    private String volume;
    private Long cardId;
    private String maskedCard;
    private String product;
    private String category;
    private String station;
    private String description;
    private Long reversesId;

    protected Movement() {
    }

    static Movement of(FeedEntry entry) {
        Movement movement = new Movement();
        movement.id = entry.id();
        movement.bookedAt = SoapTime.of(entry.bookedAt());
        movement.kind = entry.kind();
        movement.amount = entry.amount();
        movement.volume = entry.volume();
        movement.cardId = entry.cardId();
        movement.maskedCard = entry.maskedCard();
        movement.product = entry.product();
        movement.category = entry.category();
        movement.station = entry.station();
        movement.description = entry.description();
        movement.reversesId = entry.reversesEntryId();
        return movement;
    }
}
