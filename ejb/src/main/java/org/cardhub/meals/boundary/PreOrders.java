package org.cardhub.meals.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.callers.ObjectAccess;
import org.cardhub.callers.Role;
import org.cardhub.meals.control.Canteens;
import org.cardhub.meals.control.Canteens.Pupil;
import org.cardhub.meals.control.MealDayWork;
import org.cardhub.meals.control.PreOrderDesk;
import org.cardhub.meals.entity.CanteenRules;
import org.cardhub.meals.entity.DishOffer;
import org.cardhub.meals.entity.InvalidPreOrderException;
import org.cardhub.meals.entity.Menu;
import org.cardhub.meals.entity.MenuDay;
import org.cardhub.meals.entity.OrderDay;
import org.cardhub.meals.entity.PreOrder;
import org.cardhub.meals.entity.PreOrderStatus;
import org.cardhub.meals.entity.PreOrderSummary;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * A parent's meal pre-orders for their children: the menus of the coming school days, placing, changing and cancelling
 * an order until the day's cut-off (its total held on the child's canteen purse), and the orders with where they stand.
 * Every card is checked against the caller ({@link ObjectAccess#requireCard}); another parent's child is "no such card".
 * The canteen (and the back office) may mark an order not served.
 *
 * <p>Each request carries the page's request id: the same id again (a double click, a page submitted twice) changes
 * nothing and answers with the order as it is.</p>
 */
@Stateless
@RolesAllowed({Role.Names.PARENT, Role.Names.BACKOFFICE})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PreOrders {

    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9-]{8,64}");
    private static final int ATTEMPTS = 3;
    private static final int HISTORY_DAYS = 30;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @EJB
    ObjectAccess access;

    @EJB
    PreOrderDesk desk;

    @EJB
    MealDayWork dayWork;

    @Inject
    Canteens canteens;

    private final Clock clock = Clock.systemUTC();

    /** The school days ahead a parent may look at for the child: each with a menu, or with an order of the child's. */
    public List<OrderDay> days(long cardId) {
        access.requireCard(cardId);
        Pupil pupil = canteens.pupil(cardId);
        CanteenRules rules = canteens.rulesOf(pupil.schoolId());
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.ofInstant(now, pupil.zone());
        LocalDate last = rules.lastOrderableDay(today);
        List<LocalDate> menuDays = canteens.menuDays(pupil.schoolId(), today.plusDays(1), last);
        Map<LocalDate, PreOrder> orders = new HashMap<>();
        canteens.ordersOf(cardId, today.plusDays(1), last).forEach(order -> orders.put(order.mealDate(), order));
        TreeSet<LocalDate> shown = new TreeSet<>(menuDays);
        shown.addAll(orders.keySet());
        List<OrderDay> days = new ArrayList<>();
        for (LocalDate day : shown) {
            boolean hasMenu = menuDays.contains(day);
            days.add(new OrderDay(day, hasMenu, hasMenu && rules.isOpenForOrders(day, now, pupil.zone()),
                    rules.cutOff(day, pupil.zone()), Optional.ofNullable(orders.get(day)).map(PreOrder::status).orElse(null)));
        }
        return days;
    }

    /** The school's published menu of {@code day} for the child, with the child's order for it. */
    public MenuDay menuFor(long cardId, LocalDate day) {
        access.requireCard(cardId);
        Pupil pupil = canteens.pupil(cardId);
        CanteenRules rules = canteens.rulesOf(pupil.schoolId());
        Instant now = Instant.now(clock);
        Optional<Menu> menu = canteens.publishedMenu(pupil.schoolId(), day);
        Optional<PreOrder> order = canteens.orderOf(cardId, day, LockModeType.NONE);
        boolean open = menu.isPresent() && rules.isOpenForOrders(day, now, pupil.zone());
        Map<Long, Integer> ordered = new HashMap<>();
        order.filter(placed -> placed.status() == PreOrderStatus.WAITING)
                .ifPresent(placed -> placed.lines().forEach(line -> ordered.merge(line.dishId(), line.quantity(), Integer::sum)));
        List<DishOffer> dishes = menu.map(Menu::dishes).orElse(List.of()).stream()
                .map(dish -> DishOffer.of(dish, ordered.getOrDefault(dish.id(), 0))).toList();
        return new MenuDay(day, open, rules.cutOff(day, pupil.zone()), dishes,
                order.map(placed -> PreOrderSummary.of(placed, open)).orElse(null));
    }

    /**
     * Orders {@code quantities} (by dish id) of the day's menu for the child, or changes the day's order to them; the
     * total is held on the canteen purse (a changed order's earlier hold released at once). Refused with
     * {@link InvalidPreOrderException}, nothing written or held: past the cut-off, no menu, nothing chosen, a quantity
     * out of range, a canteen balance that cannot cover it.
     */
    @RolesAllowed(Role.Names.PARENT)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public PreOrderSummary place(long cardId, LocalDate day, Map<Long, Integer> quantities, String requestId) {
        access.requireCard(cardId);
        requireRequestId(requestId);
        if (day == null || quantities == null) {
            throw new InvalidPreOrderException(InvalidPreOrderException.Code.NOTHING_CHOSEN, "A day and dishes are needed");
        }
        Instant now = Instant.now(clock);
        PreOrder order = withRetries(() -> desk.place(cardId, day, Map.copyOf(withoutNulls(quantities)), requestId, now));
        return summaryOf(order, now);
    }

    /** Changes a waiting (or cancelled) order's dishes before its day's cut-off; as {@link #place}. */
    @RolesAllowed(Role.Names.PARENT)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public PreOrderSummary change(long preOrderId, Map<Long, Integer> quantities, String requestId) {
        PreOrder order = mine(preOrderId);
        return place(order.cardId(), order.mealDate(), quantities, requestId);
    }

    /** Cancels a waiting order before its day's cut-off; its money is free at once. */
    @RolesAllowed(Role.Names.PARENT)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public PreOrderSummary cancel(long preOrderId, String requestId) {
        mine(preOrderId);
        requireRequestId(requestId);
        Instant now = Instant.now(clock);
        return summaryOf(withRetries(() -> desk.cancel(preOrderId, requestId, now)), now);
    }

    /** The child's orders of the last month and the days ahead, the latest day first. */
    public List<PreOrderSummary> myPreOrders(long cardId) {
        access.requireCard(cardId);
        Pupil pupil = canteens.pupil(cardId);
        CanteenRules rules = canteens.rulesOf(pupil.schoolId());
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.ofInstant(now, pupil.zone());
        return canteens.ordersOf(cardId, today.minusDays(HISTORY_DAYS), rules.lastOrderableDay(today)).stream()
                .sorted(Comparator.comparing(PreOrder::mealDate).reversed())
                .map(order -> PreOrderSummary.of(order, rules.isOpenForOrders(order.mealDate(), now, pupil.zone())))
                .toList();
    }

    /**
     * The canteen did not serve the order: a waiting order's money is released, a served one's refunded, and the
     * parents told. The canteen's people reach the orders of the schools they are members of or supply (the menu's
     * supplier); the back office all.
     */
    @RolesAllowed({Role.Names.CANTEEN, Role.Names.BACKOFFICE})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public PreOrderSummary markNotServed(long preOrderId) {
        PreOrder order = em.find(PreOrder.class, preOrderId);
        if (order == null || !canteenServes(order)) {
            throw new AccessDeniedException("pre-order", preOrderId);
        }
        Instant now = Instant.now(clock);
        return summaryOf(dayWork.markNotServed(preOrderId, now), now);
    }

    private boolean canteenServes(PreOrder order) {
        if (session.isCallerInRole(Role.Names.BACKOFFICE)) {
            return true;
        }
        Pupil pupil = canteens.pupil(order.cardId());
        Menu menu = em.find(Menu.class, order.menuId());
        return !em.createQuery("SELECT m.organizationId FROM OrganizationMember m WHERE m.subject = :caller "
                        + "AND (m.organizationId = :school OR m.organizationId = :supplier)", Long.class)
                .setParameter("caller", session.getCallerPrincipal().getName()).setParameter("school", pupil.schoolId())
                .setParameter("supplier", menu.supplierId() == null ? -1L : menu.supplierId())
                .getResultList().isEmpty();
    }

    private PreOrder mine(long preOrderId) {
        PreOrder order = em.find(PreOrder.class, preOrderId);
        if (order == null) {
            throw new AccessDeniedException("pre-order", preOrderId);
        }
        access.requireCard(order.cardId());
        return order;
    }

    private PreOrderSummary summaryOf(PreOrder order, Instant now) {
        Pupil pupil = canteens.pupil(order.cardId());
        return PreOrderSummary.of(order, canteens.rulesOf(pupil.schoolId()).isOpenForOrders(order.mealDate(), now, pupil.zone()));
    }

    private static void requireRequestId(String requestId) {
        if (requestId == null || !REQUEST_ID.matcher(requestId).matches()) {
            throw new InvalidPreOrderException(InvalidPreOrderException.Code.REQUEST_INVALID,
                    "A request id of 8 to 64 letters, digits and dashes is needed");
        }
    }

    private static Map<Long, Integer> withoutNulls(Map<Long, Integer> quantities) {
        Map<Long, Integer> kept = new HashMap<>();
        quantities.forEach((dish, quantity) -> {
            if (dish != null && quantity != null) {
                kept.put(dish, quantity);
            }
        });
        return kept;
    }

    /**
     * Runs the work again when it lost a race: the first order of a day written at the same moment by another request
     * (the day's row is unique), or the row changed under it. The next run finds the other request's order.
     */
    private static <T> T withRetries(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (EJBException e) {
                if (attempt >= ATTEMPTS || !lostARace(e)) {
                    throw e;
                }
            }
        }
    }

    private static boolean lostARace(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException
                    || cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
