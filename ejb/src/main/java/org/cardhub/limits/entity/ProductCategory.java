package org.cardhub.limits.entity;

import org.cardhub.contracts.entity.ContractKind;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.cardhub.limits.entity.InvalidLimitException.Code.CATEGORY_NOT_ALLOWED;
import static org.cardhub.limits.entity.InvalidLimitException.Code.CATEGORY_UNKNOWN;

/**
 * The product categories limits and restrictions know, as terminals report them (a product's category, or for fuel
 * its grade, the product code): the fuel programme's fuel, its grades, car wash, service, goods and hotel; the school
 * programme's meals, buffet, drinks, sweets and transport. A terminal may sell under other categories; limits and restrictions
 * name only these, so that a typing error cannot quietly restrict nothing.
 */
public enum ProductCategory {
    FUEL("FUEL", null, ContractKind.FUEL),
    AI_92("AI-92", FUEL, ContractKind.FUEL),
    AI_95("AI-95", FUEL, ContractKind.FUEL),
    AI_98("AI-98", FUEL, ContractKind.FUEL),
    AI_100("AI-100", FUEL, ContractKind.FUEL),
    DT("DT", FUEL, ContractKind.FUEL),
    GAS("GAS", FUEL, ContractKind.FUEL),
    CAR_WASH("CAR_WASH", null, ContractKind.FUEL),
    SERVICE("SERVICE", null, ContractKind.FUEL),
    GOODS("GOODS", null, ContractKind.FUEL),
    HOTEL("HOTEL", null, ContractKind.FUEL),
    HOT_MEAL("HOT_MEAL", null, ContractKind.SCHOOL),
    MEAL("MEAL", null, ContractKind.SCHOOL),
    BUFFET("BUFFET", null, ContractKind.SCHOOL),
    DRINK("DRINK", null, ContractKind.SCHOOL),
    SWEETS("SWEETS", null, ContractKind.SCHOOL),
    TRANSPORT("TRANSPORT", null, ContractKind.SCHOOL);

    /**
     * What a free school meal is booked under: paid from the school's meal budget, not with the pupil's money, so no
     * limit of the pupil's counts it. Not a category a limit or restriction may name.
     */
    public static final String FREE_MEAL = "FREE_MEAL";

    private final String code;
    private final ProductCategory grouping;
    private final ContractKind programme;

    ProductCategory(String code, ProductCategory grouping, ContractKind programme) {
        this.code = code;
        this.grouping = grouping;
        this.programme = programme;
    }

    /** What terminals and the stored limits call it, e.g. {@code AI-95}. */
    public String code() {
        return code;
    }

    /** A fuel grade belongs to {@link #FUEL}; the others to nothing. */
    public Optional<ProductCategory> grouping() {
        return Optional.ofNullable(grouping);
    }

    /** The categories a contract of this kind sells, in the catalog's order; a wallet buys anything. */
    public static List<ProductCategory> soldUnder(ContractKind kind) {
        return Arrays.stream(values()).filter(category -> kind == ContractKind.WALLET || category.programme == kind).toList();
    }

    public static Optional<ProductCategory> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(category -> category.code.equals(wanted)).findFirst();
    }

    /** The codes, known to the catalog, in the catalog's order (so a limit reads the same however it was typed). */
    public static Set<String> require(Collection<String> codes) {
        Set<ProductCategory> known = EnumSet.noneOf(ProductCategory.class);
        if (codes != null) {
            for (String code : codes) {
                if (code != null && !code.isBlank()) {
                    known.add(ofCode(code).orElseThrow(() -> new InvalidLimitException(CATEGORY_UNKNOWN,
                            "No product category or fuel grade " + code.strip() + " is known", code.strip())));
                }
            }
        }
        Set<String> ordered = new LinkedHashSet<>();
        known.forEach(category -> ordered.add(category.code));
        return ordered;
    }

    /** Refuses a category a contract of this kind does not sell (a buffet on a fuel card). */
    public static void requireSoldUnder(ContractKind kind, Collection<String> codes) {
        List<ProductCategory> sold = soldUnder(kind);
        for (String code : require(codes)) {
            if (!sold.contains(ofCode(code).orElseThrow())) {
                throw new InvalidLimitException(CATEGORY_NOT_ALLOWED, "A " + kind + " contract does not sell " + code, code);
            }
        }
    }

    /** Whether buying under one code may also be buying under the other: the same, or a fuel grade and fuel. */
    static boolean overlap(String one, String other) {
        Optional<ProductCategory> a = ofCode(one);
        Optional<ProductCategory> b = ofCode(other);
        if (a.isEmpty() || b.isEmpty()) {
            return one != null && one.equalsIgnoreCase(other);
        }
        return a.get() == b.get() || a.get().grouping == b.get() || b.get().grouping == a.get();
    }

    /** Whether everything bought under {@code code} is also bought under {@code covering} (a grade under fuel). */
    static boolean covers(String covering, String code) {
        Optional<ProductCategory> inner = ofCode(code);
        return covering != null && (covering.equalsIgnoreCase(code)
                || inner.flatMap(ProductCategory::grouping).map(group -> group.code.equalsIgnoreCase(covering)).orElse(false));
    }
}
