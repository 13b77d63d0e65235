package org.cardhub.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import org.cardhub.partners.entity.FeedPage;

import java.util.List;

/** A page of a card's feed, newest first; {@code nextCursor} fetches the older movements, absent at the end. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "movementPage", namespace = CardService.NAMESPACE, propOrder = {"movements", "nextCursor"})
public class MovementPage {

    @XmlElement(name = "movement")
    private List<Movement> movements;
    private String nextCursor;

    protected MovementPage() {
    }

    static MovementPage of(FeedPage page) {
        MovementPage movements = new MovementPage();
        movements.movements = page.entries().stream().map(Movement::of).toList();
        movements.nextCursor = page.nextCursor();
        return movements;
    }
}
