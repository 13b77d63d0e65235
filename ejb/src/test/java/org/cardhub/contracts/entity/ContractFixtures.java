package org.cardhub.contracts.entity;

import java.lang.reflect.Field;

/** Tariffs and their discounts as the database would load them: they have no public constructor or setters. */
final class ContractFixtures {

    private ContractFixtures() {
    }

    static Tariff tariff(String code, String name, int chosenStations) {
        return tariff(code, name, code, null, chosenStations);
    }

    static Tariff tariff(String code, String name, String family, String option, int chosenStations) {
        try {
            var constructor = Tariff.class.getDeclaredConstructor();
            constructor.setAccessible(true);
            Tariff tariff = constructor.newInstance();
            set(tariff, "code", code);
            set(tariff, "name", name);
            set(tariff, "chosenStations", chosenStations);
            set(tariff, "family", family);
            set(tariff, "option", option);
            set(tariff, "offered", true);
            return tariff;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build a tariff", e);
        }
    }

    /** A discount row as stored, with its id (rows written later have higher ones). */
    static TariffDiscount stored(TariffDiscount discount, long id) {
        try {
            set(discount, "id", id);
            return discount;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot set the id", e);
        }
    }

    private static void set(Object target, String field, Object value) throws ReflectiveOperationException {
        Field declared = target.getClass().getDeclaredField(field);
        declared.setAccessible(true);
        declared.set(target, value);
    }
}
