package org.cardhub.meals.entity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The allergens a menu names, as the food labelling rules list them; stored as their codes, comma-separated. */
public enum Allergen {
    GLUTEN,
    MILK,
    EGGS,
    FISH,
    CRUSTACEANS,
    MOLLUSCS,
    PEANUTS,
    NUTS,
    SOY,
    CELERY,
    MUSTARD,
    SESAME,
    LUPIN,
    SULPHITES;

    /** The allergens of a stored list; an unknown code is refused, so a typing error cannot hide an allergen. */
    public static Set<Allergen> parse(String codes) {
        Set<Allergen> found = EnumSet.noneOf(Allergen.class);
        if (codes == null || codes.isBlank()) {
            return found;
        }
        Arrays.stream(codes.split(",")).map(String::strip).filter(code -> !code.isEmpty())
                .forEach(code -> found.add(valueOf(code.toUpperCase(Locale.ROOT))));
        return found;
    }

    public static String format(Set<Allergen> allergens) {
        return allergens.stream().sorted().map(Allergen::name).collect(Collectors.joining(","));
    }
}
