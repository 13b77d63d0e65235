package org.cardhub.documents.entity;

import java.util.Map;

/**
 * What the documents call the network's products: the name an invoice line gives a product code, and its unit — litres
 * (OKEI 112) for what is sold by volume, pieces (OKEI 796) for the rest. A code not listed here is shown as it is.
 */
public final class Products {

    /** The OKEI code and symbol of a litre and of a piece. */
    public static final String LITRE_CODE = "112";
    public static final String LITRE = "л";
    public static final String PIECE_CODE = "796";
    public static final String PIECE = "шт";

    private static final Map<String, String> NAMES = Map.of(
            "AI-92", "Бензин автомобильный АИ-92",
            "AI-95", "Бензин автомобильный АИ-95",
            "AI95", "Бензин автомобильный АИ-95",
            "AI-98", "Бензин автомобильный АИ-98",
            "DT", "Топливо дизельное",
            "GAS", "Газ углеводородный сжиженный (пропан)",
            "CAR_WASH", "Услуги автомойки");

    private static final Map<String, String> SHORT_NAMES = Map.of(
            "AI-92", "АИ-92",
            "AI-95", "АИ-95",
            "AI95", "АИ-95",
            "AI-98", "АИ-98",
            "DT", "ДТ",
            "GAS", "Газ",
            "CAR_WASH", "Мойка");

    private Products() {
    }

    public static String name(String code) {
        return code == null ? "Товары и услуги" : NAMES.getOrDefault(code, code);
    }

    /** The name a table's narrow column shows: "АИ-95", "ДТ". */
    public static String shortName(String code) {
        return code == null ? "" : SHORT_NAMES.getOrDefault(code, code);
    }
}
