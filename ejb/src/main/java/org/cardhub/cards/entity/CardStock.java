package org.cardhub.cards.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The operator's stock of blank cards of one BIN. Its row is locked while a batch is added, so that two batches
 * added at once are checked against each other and never overlap.
 */
@Entity
@Table(name = "card_stock")
public class CardStock {

    @Id
    private String bin;

    private String name;

    protected CardStock() {
    }

    public String bin() {
        return bin;
    }

    public String name() {
        return name;
    }
}
