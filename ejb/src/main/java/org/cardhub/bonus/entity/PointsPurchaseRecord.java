package org.cardhub.bonus.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What a holder's book knows of one purchase, as the records keep it. */
@Entity
@Table(name = "points_purchase")
public class PointsPurchaseRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String holder;

    @Column(name = "purchase_id")
    private String purchaseId;

    private boolean earned;

    @Column(name = "lot_no")
    private Long lotNo;

    private boolean returned;

    protected PointsPurchaseRecord() {
    }

    public PointsPurchaseRecord(String holder, PurchaseState state) {
        this.holder = holder;
        this.purchaseId = state.purchaseId();
        keep(state);
    }

    public PurchaseState toState() {
        return new PurchaseState(purchaseId, earned, lotNo, returned);
    }

    public void keep(PurchaseState state) {
        if (!state.purchaseId().equals(purchaseId)) {
            throw new IllegalArgumentException("Purchase " + state.purchaseId() + " is not " + purchaseId);
        }
        earned = state.earned();
        lotNo = state.lotId();
        returned = state.returned();
    }

    public String purchaseId() {
        return purchaseId;
    }
}
