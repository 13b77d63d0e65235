package org.cardhub.meals.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.cardhub.contracts.entity.ContractKind;
import org.cardhub.meals.entity.Menu;
import org.cardhub.meals.entity.MenuStatus;
import org.cardhub.meals.entity.OrderedDishes;
import org.cardhub.meals.entity.PreOrderStatus;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The queries behind the supplier's menus and the terminals' price lists: a school's menus of some days (each found by
 * the unique index on school and date), what parents ordered from them (aggregated in the database, by the index on the
 * orders' menu), today's menu of several schools at once, and a school's time zone.
 */
@Dependent
public class MenuBook {

    /** A menu's status and number of dishes on one date, for the supplier's home. */
    public record DayStatus(long schoolId, LocalDate date, MenuStatus status, int dishes) {
    }

    @PersistenceContext
    EntityManager em;

    /** The school's menus of the days {@code from} to {@code to}, with their dishes, by date. */
    public Map<LocalDate, Menu> menus(long schoolId, LocalDate from, LocalDate to) {
        Map<LocalDate, Menu> found = new HashMap<>();
        em.createQuery("SELECT DISTINCT m FROM Menu m LEFT JOIN FETCH m.dishes WHERE m.organizationId = :school "
                        + "AND m.menuDate BETWEEN :from AND :to", Menu.class)
                .setParameter("school", schoolId).setParameter("from", from).setParameter("to", to)
                .getResultList().forEach(menu -> found.put(menu.date(), menu));
        return found;
    }

    /** The school's menu of the day; locked for the change about to be made when {@code lock} says so. */
    public Optional<Menu> menu(long schoolId, LocalDate date, LockModeType lock) {
        return em.createQuery("SELECT m FROM Menu m WHERE m.organizationId = :school AND m.menuDate = :day", Menu.class)
                .setParameter("school", schoolId).setParameter("day", date).setLockMode(lock)
                .getResultStream().findFirst();
    }

    /** What parents ordered from each of the menus, by menu id; a menu nobody ordered from has {@link OrderedDishes#NONE}. */
    public Map<Long, OrderedDishes> ordered(Collection<Long> menuIds) {
        Map<Long, OrderedDishes> byMenu = new HashMap<>();
        if (menuIds.isEmpty()) {
            return byMenu;
        }
        Map<Long, Integer> liveOrders = new HashMap<>();
        em.createQuery("SELECT p.menuId, COUNT(p) FROM PreOrder p WHERE p.menuId IN :menus AND p.status <> :cancelled "
                        + "GROUP BY p.menuId", Object[].class)
                .setParameter("menus", menuIds).setParameter("cancelled", PreOrderStatus.CANCELLED).getResultList()
                .forEach(row -> liveOrders.put((Long) row[0], ((Number) row[1]).intValue()));
        Map<Long, Map<Long, Integer>> portions = new HashMap<>();
        Map<Long, Set<Long>> named = new HashMap<>();
        em.createQuery("SELECT p.menuId, l.dishId, p.status, SUM(l.quantity) FROM PreOrder p JOIN p.lines l "
                        + "WHERE p.menuId IN :menus GROUP BY p.menuId, l.dishId, p.status", Object[].class)
                .setParameter("menus", menuIds).getResultList().forEach(row -> {
                    long menu = (Long) row[0];
                    long dish = (Long) row[1];
                    named.computeIfAbsent(menu, key -> new HashSet<>()).add(dish);
                    if (row[2] != PreOrderStatus.CANCELLED) {
                        portions.computeIfAbsent(menu, key -> new HashMap<>()).merge(dish, ((Number) row[3]).intValue(), Integer::sum);
                    }
                });
        for (Long menu : menuIds) {
            byMenu.put(menu, new OrderedDishes(portions.getOrDefault(menu, Map.of()), liveOrders.getOrDefault(menu, 0),
                    named.getOrDefault(menu, Set.of())));
        }
        return byMenu;
    }

    public OrderedDishes ordered(Menu menu) {
        return menu.id() == null ? OrderedDishes.NONE : ordered(List.of(menu.id())).get(menu.id());
    }

    /** The menus of the schools on the dates given (each school's today), with their number of dishes. */
    public List<DayStatus> statuses(Collection<Long> schoolIds, Collection<LocalDate> dates) {
        if (schoolIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT m.organizationId, m.menuDate, m.status, COUNT(d) FROM Menu m LEFT JOIN m.dishes d "
                        + "WHERE m.organizationId IN :schools AND m.menuDate IN :dates "
                        + "GROUP BY m.organizationId, m.menuDate, m.status", Object[].class)
                .setParameter("schools", schoolIds).setParameter("dates", dates).getResultList().stream()
                .map(row -> new DayStatus((Long) row[0], (LocalDate) row[1], (MenuStatus) row[2], ((Number) row[3]).intValue()))
                .toList();
    }

    /** The time zone of the school's contract, in which its days begin; UTC for an organisation that is no school. */
    public ZoneId zoneOf(long schoolId) {
        return em.createQuery("SELECT c.timeZone FROM Contract c WHERE c.organizationId = :school AND c.kind = :kind "
                        + "ORDER BY c.id", String.class)
                .setParameter("school", schoolId).setParameter("kind", ContractKind.SCHOOL).setMaxResults(1)
                .getResultStream().findFirst().map(ZoneId::of).orElse(ZoneOffset.UTC);
    }
}
