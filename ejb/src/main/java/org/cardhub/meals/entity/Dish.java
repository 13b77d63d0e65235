package org.cardhub.meals.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.money.RoublesAsKopecksConverter;

import java.util.Objects;
import java.util.Set;

/** A dish of one day's menu: its place on the menu, category, price, portion, allergens, and whether it is of the free complex. */
@Entity
@Table(name = "dish")
public class Dish {

    /** What a canteen terminal sells a menu's dish under: {@code MENU-} and the dish's id, stable while the dish stays. */
    public static final String CODE_PREFIX = "MENU-";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "menu_id")
    private Menu menu;

    private int position;

    private String name;

    @Enumerated(EnumType.STRING)
    private DishCategory category;

    @Column(name = "price_minor")
    @Convert(converter = RoublesAsKopecksConverter.class)
    private Amount price;

    private int portion;

    @Enumerated(EnumType.STRING)
    @Column(name = "portion_unit")
    private PortionUnit portionUnit;

    private String allergens;

    @Column(name = "free_complex")
    private boolean freeComplex;

    protected Dish() {
    }

    Dish(Menu menu, int position, String name, DishCategory category, Amount price, int portion, PortionUnit unit,
         Set<Allergen> allergens, boolean freeComplex) {
        if (name == null || name.isBlank() || price == null || price.currency() != Currency.RUB || price.isNegative()
                || portion < 1) {
            throw new IllegalArgumentException("A dish needs a name, a price of zero or more roubles and a portion");
        }
        this.menu = menu;
        this.position = position;
        this.name = name.strip();
        this.category = Objects.requireNonNull(category);
        this.price = price;
        this.portion = portion;
        this.portionUnit = Objects.requireNonNull(unit);
        this.allergens = Allergen.format(allergens);
        this.freeComplex = freeComplex;
    }

    /** Changes the dish in place, with values {@link Menu#revise} has checked; its id, and so its orders and code, stay. */
    void revise(int position, String name, DishCategory category, Amount price, int portion, PortionUnit unit,
                Set<Allergen> allergens, boolean freeComplex) {
        this.position = position;
        this.name = name;
        this.category = Objects.requireNonNull(category);
        this.price = Objects.requireNonNull(price);
        this.portion = portion;
        this.portionUnit = Objects.requireNonNull(unit);
        this.allergens = Allergen.format(allergens);
        this.freeComplex = freeComplex;
    }

    public static String productCode(long dishId) {
        return CODE_PREFIX + dishId;
    }

    /** The code the school's canteen terminals sell it under; null until the dish is saved. */
    public String productCode() {
        return id == null ? null : productCode(id);
    }

    /** The line of an order for {@code quantity} of this dish, at today's price. */
    public PreOrderLine orderedTimes(int quantity) {
        return new PreOrderLine(id, name, category.name(), quantity, price);
    }

    public Long id() {
        return id;
    }

    public int position() {
        return position;
    }

    public String name() {
        return name;
    }

    public DishCategory category() {
        return category;
    }

    public Amount price() {
        return price;
    }

    public int portion() {
        return portion;
    }

    public PortionUnit portionUnit() {
        return portionUnit;
    }

    public Set<Allergen> allergens() {
        return Allergen.parse(allergens);
    }

    public boolean isOfFreeComplex() {
        return freeComplex;
    }
}
