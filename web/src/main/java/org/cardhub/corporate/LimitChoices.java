package org.cardhub.corporate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.contracts.entity.ContractKind;
import org.cardhub.limits.entity.LimitMeasure;
import org.cardhub.limits.entity.LimitPeriod;
import org.cardhub.limits.entity.ProductCategory;

import java.util.List;
import java.util.MissingResourceException;

/**
 * What a fleet manager chooses from on the limits forms: what a limit counts, over which period, and the product
 * categories and fuel grades a fuel card's limits and restrictions may name (in the catalog's order, each named in the
 * reader's language by {@code fleet.card.category.CODE}).
 */
@Named
@ApplicationScoped
public class LimitChoices {

    private static final List<String> FLEET = ProductCategory.soldUnder(ContractKind.FUEL).stream()
            .map(ProductCategory::code).toList();

    /** A category's name in the reader's language; one the bundle does not know, as it is. */
    public String name(String code) {
        try {
            return PageMessages.text("fleet.card.category." + code);
        } catch (MissingResourceException unknown) {
            return code;
        }
    }

    public List<String> getFleet() {
        return FLEET;
    }

    public LimitMeasure[] getMeasures() {
        return LimitMeasure.values();
    }

    public LimitPeriod[] getPeriods() {
        return LimitPeriod.values();
    }
}
