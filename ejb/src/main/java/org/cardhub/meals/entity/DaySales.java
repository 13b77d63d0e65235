package org.cardhub.meals.entity;

import org.cardhub.school.entity.PupilCategory;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/** What the canteen sold on one local day of the school, by category of customer. */
public record DaySales(LocalDate day, Map<PupilCategory, SalesFigures> byCategory) implements Serializable {

    public DaySales {
        byCategory = byCategory.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(byCategory));
    }

    public SalesFigures of(PupilCategory category) {
        return byCategory.getOrDefault(category, SalesFigures.NONE);
    }

    public SalesFigures total() {
        return byCategory.values().stream().reduce(SalesFigures.NONE, SalesFigures::plus);
    }
}
