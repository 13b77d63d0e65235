package org.cardhub.canteen;

import org.cardhub.meals.entity.Allergen;
import org.cardhub.meals.entity.DishCategory;
import org.cardhub.meals.entity.DishDraft;
import org.cardhub.meals.entity.DishView;
import org.cardhub.meals.entity.PortionUnit;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A dish as its row of the menu's table edits it: what is typed (the price as text, so the rules say what is wrong with
 * it), and what the page shows beside it — its terminal code and what parents ordered of it.
 */
public class DishRow implements Serializable {

    private final Long id;
    private final String code;
    private final int orderedPortions;
    private final boolean ordered;
    private final boolean named;
    private String name;
    private DishCategory category = DishCategory.HOT_MEAL;
    private String price;
    private Integer portion;
    private PortionUnit unit = PortionUnit.G;
    private List<String> allergens = new ArrayList<>();
    private boolean freeComplex;

    /** A new dish, not yet saved. */
    DishRow() {
        this.id = null;
        this.code = null;
        this.orderedPortions = 0;
        this.ordered = false;
        this.named = false;
    }

    /** A saved dish; its price as the page's language writes it (45,50 in Russian). */
    DishRow(DishView dish, boolean russian) {
        this.id = dish.id();
        this.code = dish.code();
        this.orderedPortions = dish.orderedPortions();
        this.ordered = dish.ordered();
        this.named = dish.named();
        this.name = dish.name();
        this.category = dish.category();
        String plain = dish.price().toPlainString();
        this.price = russian ? plain.replace('.', ',') : plain;
        this.portion = dish.portion();
        this.unit = dish.unit();
        this.allergens = dish.allergens().stream().sorted().map(Allergen::name).collect(Collectors.toCollection(ArrayList::new));
        this.freeComplex = dish.freeComplex();
    }

    DishDraft draft() {
        Set<Allergen> chosen = allergens == null ? Set.of()
                : allergens.stream().map(code -> Allergen.valueOf(code.toUpperCase(Locale.ROOT))).collect(Collectors.toSet());
        return new DishDraft(id, name, category, price, portion, unit, chosen, freeComplex);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public int getOrderedPortions() {
        return orderedPortions;
    }

    /** Parents ordered it in orders that count: its name and price stay. */
    public boolean isOrdered() {
        return ordered;
    }

    /** An order names it (a cancelled one too): it stays on the menu. */
    public boolean isNamed() {
        return named;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public DishCategory getCategory() {
        return category;
    }

    public void setCategory(DishCategory category) {
        this.category = category;
    }

    public String getPrice() {
        return price;
    }

    public void setPrice(String price) {
        this.price = price;
    }

    public Integer getPortion() {
        return portion;
    }

    public void setPortion(Integer portion) {
        this.portion = portion;
    }

    public PortionUnit getUnit() {
        return unit;
    }

    public void setUnit(PortionUnit unit) {
        this.unit = unit;
    }

    public List<String> getAllergens() {
        return allergens;
    }

    public void setAllergens(List<String> allergens) {
        this.allergens = allergens == null ? new ArrayList<>() : new ArrayList<>(allergens);
    }

    public boolean isFreeComplex() {
        return freeComplex;
    }

    public void setFreeComplex(boolean freeComplex) {
        this.freeComplex = freeComplex;
    }
}
