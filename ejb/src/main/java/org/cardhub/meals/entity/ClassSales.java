package org.cardhub.meals.entity;

import java.io.Serializable;

/**
 * What the canteen sold to the cards of one class (the class a card is in now); a {@code classId} of null stands for
 * cards in no class (staff, pupils not placed yet).
 */
public record ClassSales(Long classId, String name, SalesFigures figures) implements Serializable {

    public boolean hasClass() {
        return classId != null;
    }
}
