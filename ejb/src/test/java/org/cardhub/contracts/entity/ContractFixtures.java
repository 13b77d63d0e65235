package org.cardhub.contracts.entity;

import java.lang.reflect.Field;

/** A tariff as the database would load it: it has no public constructor or setters. */
final class ContractFixtures {

    private ContractFixtures() {
    }

    static Tariff tariff(String code, String name, int chosenStations) {
        try {
            var constructor = Tariff.class.getDeclaredConstructor();
            constructor.setAccessible(true);
            Tariff tariff = constructor.newInstance();
            set(tariff, "code", code);
            set(tariff, "name", name);
            set(tariff, "chosenStations", chosenStations);
            return tariff;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build a tariff", e);
        }
    }

    private static void set(Object target, String field, Object value) throws ReflectiveOperationException {
        Field declared = target.getClass().getDeclaredField(field);
        declared.setAccessible(true);
        declared.set(target, value);
    }
}
