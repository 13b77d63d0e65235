package org.cardhub.payments.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.cardhub.schema.entity.SequenceKeys;
import org.cardhub.money.Amount;
import org.cardhub.money.RoublesAsKopecksConverter;

/** A dish or product of a purchase, kept with its journal entry. */
@Entity
@Table(name = "purchase_item")
public class PurchaseItem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "purchase_item_seq")
    @SequenceGenerator(name = "purchase_item_seq", sequenceName = "purchase_item_seq", allocationSize = SequenceKeys.BLOCK)
    private Long id;

    @Column(name = "entry_id")
    private long entryId;

    @Column(name = "line_no")
    private int lineNo;

    private String name;

    private String category;

    private int quantity;

    @Column(name = "price_minor")
    @Convert(converter = RoublesAsKopecksConverter.class)
    private Amount price;

    protected PurchaseItem() {
    }

    public PurchaseItem(long entryId, int lineNo, Spend.Item item) {
        this.entryId = entryId;
        this.lineNo = lineNo;
        this.name = item.name().strip();
        this.category = item.category().strip();
        this.quantity = item.quantity();
        this.price = item.price();
    }

    public int lineNo() {
        return lineNo;
    }

    public String name() {
        return name;
    }

    public String category() {
        return category;
    }

    public int quantity() {
        return quantity;
    }

    public Amount price() {
        return price;
    }
}
