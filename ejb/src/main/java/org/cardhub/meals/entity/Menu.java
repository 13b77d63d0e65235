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
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A school's menu for one date. The canteen supplier drafts and publishes it (issue 22's cabinet); parents order from
 * published menus only, and a pre-order keeps its own copy of what it ordered, so a menu changed later changes no order.
 * A published menu is also the school's canteen terminals' price list of its date. A day gone is history: its menu no
 * longer changes. What parents ordered stays as ordered ({@link #revise}) and keeps the menu published ({@link #unpublish}).
 */
@Entity
@Table(name = "menu")
public class Menu {

    /** At most this many portions of one dish in one order: a pupil's lunch, not a class's. */
    public static final int MAX_QUANTITY = 10;

    /** The most dishes one day's menu holds. */
    public static final int MAX_DISHES = 40;

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

    @OneToMany(mappedBy = "menu", cascade = CascadeType.PERSIST, orphanRemoval = true)
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

    /**
     * Replaces the dishes with {@code drafts}, in their order: a draft with an id edits that dish in place, one without
     * adds a dish, a dish not among them is removed. Checked whole first ({@link MenuRevision}); refused, nothing changes.
     * A published menu keeps at least one dish.
     */
    public void revise(List<DishDraft> drafts, OrderedDishes orders, LocalDate today, String by, Instant now) {
        requireChangeable(today);
        if (drafts.isEmpty() && isPublished()) {
            throw new InvalidMenuException(InvalidMenuException.Code.MENU_EMPTY, "A published menu keeps at least one dish");
        }
        List<MenuRevision.Row> rows = MenuRevision.check(dishes, drafts, orders);
        Set<Dish> kept = rows.stream().map(MenuRevision.Row::existing).filter(Objects::nonNull)
                .collect(Collectors.toCollection(() -> Collections.newSetFromMap(new IdentityHashMap<>())));
        // one by one through remove(Object): the lazy list of the mapping tracks that, whatever it does with removeIf
        for (Dish gone : dishes.stream().filter(dish -> !kept.contains(dish)).toList()) {
            dishes.remove(gone);
        }
        for (int index = 0; index < rows.size(); index++) {
            MenuRevision.Row row = rows.get(index);
            if (row.existing() != null) {
                row.existing().revise(index + 1, row.name(), row.category(), row.price(), row.portion(), row.unit(),
                        row.allergens(), row.freeComplex());
            } else {
                dishes.add(new Dish(this, index + 1, row.name(), row.category(), row.price(), row.portion(), row.unit(),
                        row.allergens(), row.freeComplex()));
            }
        }
        touch(by, now);
    }

    /** Publishes the menu to parents and the school's terminals, from now on; a published one stays as it is. */
    public void publish(LocalDate today, String by, Instant now) {
        requireChangeable(today);
        if (dishes.isEmpty()) {
            throw new InvalidMenuException(InvalidMenuException.Code.MENU_EMPTY, "The menu of " + menuDate + " has no dishes");
        }
        if (!isPublished()) {
            publish(by, now);
        }
    }

    /** Takes the menu back to a draft, which parents and terminals no longer see; refused while orders wait on it. */
    public void unpublish(OrderedDishes orders, LocalDate today, String by, Instant now) {
        requireChangeable(today);
        if (!isPublished()) {
            return;
        }
        if (orders.hasLiveOrders()) {
            throw new InvalidMenuException(InvalidMenuException.Code.HAS_ORDERS, orders.liveOrders()
                    + " orders of parents are placed on the menu of " + menuDate);
        }
        status = MenuStatus.DRAFT;
        publishedAt = null;
        touch(by, now);
    }

    /** A draft of the same dishes for another day, copied from this menu. */
    public Menu copyTo(LocalDate date, Long supplier, LocalDate today, String by, Instant now) {
        Menu copy = new Menu(organizationId, date, by, now);
        copy.suppliedBy(supplier);
        copy.revise(copies(), OrderedDishes.NONE, today, by, now);
        copy.copiedFromId = id;
        return copy;
    }

    /** This menu, a draft again, with the dishes of {@code source} instead of its own: as {@link #unpublish} and {@link #revise}. */
    public void replaceWith(Menu source, OrderedDishes orders, LocalDate today, String by, Instant now) {
        unpublish(orders, today, by, now);
        revise(source.copies(), orders, today, by, now);
        copiedFromId = source.id;
    }

    /** The dishes as new ones, for another day's menu. */
    public List<DishDraft> copies() {
        return dishes().stream().map(DishDraft::copyOf).toList();
    }

    public void suppliedBy(Long supplier) {
        this.supplierId = supplier;
    }

    /** Whether the menu may still change on {@code today} (the school's): a day gone is history. */
    public boolean isChangeable(LocalDate today) {
        return !menuDate.isBefore(today);
    }

    private void requireChangeable(LocalDate today) {
        if (!isChangeable(today)) {
            throw new InvalidMenuException(InvalidMenuException.Code.DATE_PAST, "The menu of " + menuDate + " is in the past");
        }
    }

    private void touch(String by, Instant now) {
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
        return dishes.stream().filter(dish -> dishId != null && dishId.equals(dish.id())).findFirst();
    }

    /** The dishes of the set meal beneficiaries get for free, in the menu's order; none when the menu marks none. */
    public List<Dish> freeComplex() {
        return dishes().stream().filter(Dish::isOfFreeComplex).toList();
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

    public Long copiedFromId() {
        return copiedFromId;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public long version() {
        return version;
    }

    /** The dishes in the menu's order (as {@code position} numbers them, also right after a {@link #revise}). */
    public List<Dish> dishes() {
        return dishes.stream().sorted(Comparator.comparingInt(Dish::position)).toList();
    }
}
