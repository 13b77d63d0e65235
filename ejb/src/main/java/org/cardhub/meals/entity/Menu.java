package org.cardhub.meals.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cardhub.money.Amount;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A school's menu for one date. The canteen supplier drafts and publishes it (issue 22's cabinet); parents order from
 * published menus only, and a pre-order keeps its own copy of what it ordered, so a menu changed later changes no order.
 */
@Entity
@Table(name = "menu")
public class Menu {

    /** At most this many portions of one dish in one order: a pupil's lunch, not a class's. */
    public static final int MAX_QUANTITY = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id")
    private long organizationId;

    @Column(name = "menu_date")
    private LocalDate menuDate;

    @Enumerated(EnumType.STRING)
    private MenuStatus status;

    @Column(name = "supplier_id")
    private Long supplierId;

    @Column(name = "copied_from_id")
    private Long copiedFromId;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @OneToMany(mappedBy = "menu", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<Dish> dishes = new ArrayList<>();

    @Version
    private long version;

    protected Menu() {
    }

    public Menu(long organizationId, LocalDate date, String by, Instant now) {
        this.organizationId = organizationId;
        this.menuDate = date;
        this.status = MenuStatus.DRAFT;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    public Dish add(String name, DishCategory category, Amount price, int portion, PortionUnit unit, Set<Allergen> allergens,
                    boolean freeComplex) {
        Dish dish = new Dish(this, dishes.size() + 1, name, category, price, portion, unit, allergens, freeComplex);
        dishes.add(dish);
        return dish;
    }

    public void publish(String by, Instant now) {
        status = MenuStatus.PUBLISHED;
        publishedAt = now;
        updatedAt = now;
        updatedBy = by;
    }

    public boolean isPublished() {
        return status == MenuStatus.PUBLISHED;
    }

    /**
     * The lines of an order of this menu: {@code quantities} by dish id, a missing or zero quantity meaning none; lines in
     * the menu's order. Refuses a dish not on the menu, a quantity out of 0 to {@value #MAX_QUANTITY}, an empty order.
     */
    public List<PreOrderLine> linesFor(Map<Long, Integer> quantities) {
        List<Dish> chosen = new ArrayList<>();
        for (Map.Entry<Long, Integer> wanted : quantities.entrySet()) {
            int quantity = wanted.getValue() == null ? 0 : wanted.getValue();
            Dish dish = dish(wanted.getKey()).orElseThrow(() -> InvalidPreOrderException.aboutDish(
                    InvalidPreOrderException.Code.DISH_UNKNOWN, wanted.getKey(), "No dish " + wanted.getKey() + " on the menu of " + menuDate));
            if (quantity < 0 || quantity > MAX_QUANTITY) {
                throw InvalidPreOrderException.aboutDish(InvalidPreOrderException.Code.QUANTITY_RANGE, dish.id(),
                        "Between 0 and " + MAX_QUANTITY + " portions of " + dish.name());
            }
            if (quantity > 0) {
                chosen.add(dish);
            }
        }
        if (chosen.isEmpty()) {
            throw new InvalidPreOrderException(InvalidPreOrderException.Code.NOTHING_CHOSEN, "No dish chosen");
        }
        return chosen.stream().sorted(Comparator.comparingInt(Dish::position))
                .map(dish -> dish.orderedTimes(quantities.get(dish.id()))).toList();
    }

    public Optional<Dish> dish(Long dishId) {
        return dishes.stream().filter(dish -> dish.id().equals(dishId)).findFirst();
    }

    /** The dishes of the set meal beneficiaries get for free, in the menu's order; none when the menu marks none. */
    public List<Dish> freeComplex() {
        return dishes.stream().filter(Dish::isOfFreeComplex).toList();
    }

    public Long id() {
        return id;
    }

    public long organizationId() {
        return organizationId;
    }

    public LocalDate date() {
        return menuDate;
    }

    public MenuStatus status() {
        return status;
    }

    public Long supplierId() {
        return supplierId;
    }

    public List<Dish> dishes() {
        return List.copyOf(dishes);
    }
}
