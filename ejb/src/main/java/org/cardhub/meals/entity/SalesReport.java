package org.cardhub.meals.entity;

import org.cardhub.school.entity.PupilCategory;
import org.cardhub.school.entity.SchoolRef;
import org.cardhub.school.entity.SupplierRef;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * A school canteen's sales over a period, as its supplier, the school's director and the back office read them: the
 * totals, and the same by category of customer (every category, in order), by day (every day of the period), by dish
 * (the most sold first, what was sold without its dishes listed last) and by class (by grade and letter, cards in no
 * class last). Each breakdown adds up to the totals, which are what the sales posted to the merchants' account.
 */
public record SalesReport(SchoolRef school, SupplierRef supplier, SalesPeriod period, SalesFigures total,
                          List<CategorySales> byCategory, List<DaySales> byDay, List<DishSales> byDish,
                          List<ClassSales> byClass) implements Serializable {

    public SalesReport {
        byCategory = List.copyOf(byCategory);
        byDay = List.copyOf(byDay);
        byDish = List.copyOf(byDish);
        byClass = List.copyOf(byClass);
    }

    public Optional<SupplierRef> supplierIfAny() {
        return Optional.ofNullable(supplier);
    }

    public SalesFigures of(PupilCategory category) {
        return byCategory.stream().filter(sales -> sales.category() == category).map(CategorySales::figures).findFirst()
                .orElse(SalesFigures.NONE);
    }

    public boolean isEmpty() {
        return total.isEmpty() && byDish.isEmpty();
    }

    /** The opposite of {@link #isEmpty}, for pages: "empty" is a reserved word of the expression language. */
    public boolean hasSales() {
        return !isEmpty();
    }
}
