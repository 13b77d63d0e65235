package org.cardhub.contracts.entity;

import java.io.Serializable;
import java.util.Collection;
import java.util.Locale;

import static org.cardhub.contracts.entity.InvalidTariffException.Code.PRODUCT_AND_CATEGORY;
import static org.cardhub.contracts.entity.InvalidTariffException.Code.PRODUCT_FORMAT;
import static org.cardhub.contracts.entity.InvalidTariffException.Code.REGION_AND_STATIONS;
import static org.cardhub.contracts.entity.InvalidTariffException.Code.REGION_FORMAT;

/**
 * What a discount is for: one product (AI-95), one category of products (FUEL) or all of them; in one region
 * (RU-MOW), at the contract's chosen stations (Regional+) or everywhere. Codes are kept in capitals.
 *
 * <p>The more a scope names, the more it is preferred ({@link #specificity()}): the product first, then the place. So
 * a product in a region beats the product anywhere, which beats its category in that region, its category anywhere,
 * a region for all products, and all products everywhere.</p>
 */
public record DiscountScope(String productCode, String category, String region, boolean chosenStations)
        implements Serializable {

    public static final DiscountScope EVERYTHING = new DiscountScope(null, null, null, false);

    private static final String CODE = "[A-Z0-9][A-Z0-9_.+-]{0,31}";
    private static final String REGION = "[A-Z0-9][A-Z0-9_-]{0,63}";

    public DiscountScope {
        productCode = normalised(productCode, CODE, "product");
        category = normalised(category, CODE, "category");
        region = normalised(region, REGION, "region");
        if (productCode != null && category != null) {
            throw new InvalidTariffException(PRODUCT_AND_CATEGORY, "A discount is for a product or a category, not both");
        }
        if (region != null && chosenStations) {
            throw new InvalidTariffException(REGION_AND_STATIONS,
                    "A discount is for a region or the chosen stations, not both");
        }
    }

    /** Whether a sale at this place of this product falls under the scope; {@code stations}: the contract's chosen ones. */
    public boolean covers(Sale sale, Collection<String> stations) {
        return (productCode == null || productCode.equalsIgnoreCase(sale.productCode()))
                && (category == null || category.equalsIgnoreCase(sale.category()))
                && (region == null || region.equalsIgnoreCase(sale.region()))
                && (!chosenStations || sale.station() != null && stations.stream().anyMatch(sale.station()::equalsIgnoreCase));
    }

    /** Product (2), category (1) or all (0), times three, plus chosen stations (2), a region (1) or everywhere (0). */
    public int specificity() {
        int product = productCode != null ? 2 : category != null ? 1 : 0;
        int place = chosenStations ? 2 : region != null ? 1 : 0;
        return product * 3 + place;
    }

    /** E.g. "AI-95 in RU-MOW", "category FUEL at chosen stations", "all products everywhere": for the audit trail. */
    public String describe() {
        String what = productCode != null ? productCode : category != null ? "category " + category : "all products";
        String where = chosenStations ? "at chosen stations" : region != null ? "in " + region : "everywhere";
        return what + " " + where;
    }

    private static String normalised(String value, String pattern, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String code = value.strip().toUpperCase(Locale.ROOT);
        if (!code.matches(pattern)) {
            throw new InvalidTariffException("region".equals(what) ? REGION_FORMAT : PRODUCT_FORMAT,
                    "Not a " + what + " code: " + value);
        }
        return code;
    }
}
