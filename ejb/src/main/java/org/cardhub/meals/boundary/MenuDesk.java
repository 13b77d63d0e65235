package org.cardhub.meals.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.callers.Role;
import org.cardhub.meals.control.MenuBook;
import org.cardhub.meals.entity.DishDraft;
import org.cardhub.meals.entity.InvalidMenuException;
import org.cardhub.meals.entity.Menu;
import org.cardhub.meals.entity.MenuView;
import org.cardhub.meals.entity.MenuWeek;
import org.cardhub.meals.entity.OrderedDishes;
import org.cardhub.meals.entity.SchoolMenuToday;
import org.cardhub.meals.entity.WeekCopied;
import org.cardhub.meals.entity.WeekCopy;
import org.cardhub.school.boundary.StaffDirectory;
import org.cardhub.school.entity.SchoolRef;
import org.cardhub.school.entity.SupplierRef;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The canteen supplier's menus of the schools it feeds: a week of menus, a day's menu saved as a draft (or, published,
 * changed at once for parents and the school's canteen terminals), published, taken back, and a week copied onto
 * another as drafts. The rules are the menus' own ({@link Menu}, {@link WeekCopy}); this face checks the caller
 * supplies the school ({@link StaffDirectory#suppliesCanteen}, the back office every school) and refuses anything else
 * as unknown, locks the day's menu while it changes, and says a change made meanwhile by someone else
 * ({@link InvalidMenuException.Code#STALE}) rather than overwrite it. Every change is in the audit log.
 */
@Stateless
@RolesAllowed({Role.Names.CANTEEN, Role.Names.BACKOFFICE})
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class MenuDesk {

    private static final String SOURCE = "ui:canteen";
    private static final int DETAILS = 1900;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @EJB
    StaffDirectory directory;

    @EJB
    AuditLog audit;

    @Inject
    MenuBook book;

    private final Clock clock = Clock.systemUTC();

    /** The schools whose canteen the caller supplies, by name; the back office's are every school. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<SchoolRef> mySchools() {
        List<SchoolRef> reached = directory.mySchools();
        return session.isCallerInRole(Role.Names.BACKOFFICE) ? reached
                : reached.stream().filter(school -> directory.suppliesCanteen(school.id())).toList();
    }

    /** Each of the caller's schools with its menu of today, today being the school's. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<SchoolMenuToday> today() {
        List<SchoolRef> schools = mySchools();
        Map<Long, LocalDate> todays = schools.stream().collect(Collectors.toMap(SchoolRef::id, this::todayAt));
        Map<Long, MenuBook.DayStatus> found = book.statuses(todays.keySet(), Set.copyOf(todays.values())).stream()
                .filter(status -> status.date().equals(todays.get(status.schoolId())))
                .collect(Collectors.toMap(MenuBook.DayStatus::schoolId, status -> status));
        return schools.stream().map(school -> Optional.ofNullable(found.get(school.id()))
                        .map(status -> new SchoolMenuToday(school, status.date(), status.status(), status.dishes()))
                        .orElseGet(() -> new SchoolMenuToday(school, todays.get(school.id()), null, 0)))
                .toList();
    }

    /** The school's menus of the week of {@code anyDay}; with none, of the week being planned (this one, the next at a weekend). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public MenuWeek week(long schoolId, LocalDate anyDay) {
        SchoolRef school = requireSupplied(schoolId);
        LocalDate today = todayAt(school);
        LocalDate monday = anyDay == null ? MenuWeek.plannedWeek(today) : MenuWeek.mondayOf(anyDay);
        Map<LocalDate, Menu> menus = book.menus(schoolId, monday, monday.plusDays(MenuWeek.SCHOOL_DAYS - 1L));
        Map<Long, OrderedDishes> orders = book.ordered(menus.values().stream().map(Menu::id).toList());
        return new MenuWeek(school, monday, today, MenuWeek.schoolDays(monday).stream()
                .map(day -> MenuView.of(day, Optional.ofNullable(menus.get(day)),
                        Optional.ofNullable(menus.get(day)).map(menu -> orders.get(menu.id())).orElse(OrderedDishes.NONE), today))
                .toList());
    }

    /** The school's menu of any one day, a Saturday's too (the week shows Monday to Friday). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public MenuView day(long schoolId, LocalDate date) {
        SchoolRef school = requireSupplied(schoolId);
        Optional<Menu> menu = book.menu(schoolId, Objects.requireNonNull(date), LockModeType.NONE);
        return MenuView.of(date, menu, menu.map(book::ordered).orElse(OrderedDishes.NONE), todayAt(school));
    }

    /**
     * Saves the day's dishes as sent, in their order ({@link Menu#revise}): a new menu is a draft, a published one stays
     * published and changes for parents and terminals at once. {@code expectedVersion} is the version the page read,
     * null when it saw no menu; any other is {@code STALE}. Refused with {@link InvalidMenuException}, nothing written.
     */
    public MenuView save(long schoolId, LocalDate date, List<DishDraft> dishes, Long expectedVersion) {
        SchoolRef school = requireSupplied(schoolId);
        LocalDate today = todayAt(school);
        Optional<Menu> found = book.menu(schoolId, Objects.requireNonNull(date), LockModeType.PESSIMISTIC_WRITE);
        boolean unchanged = found.map(menu -> expectedVersion != null && menu.version() == expectedVersion)
                .orElse(expectedVersion == null);
        if (!unchanged) {
            throw stale(date);
        }
        String by = audit.actor(SOURCE);
        Instant now = Instant.now(clock);
        Menu menu = found.orElseGet(() -> new Menu(schoolId, date, by, now));
        OrderedDishes orders = book.ordered(menu);
        menu.revise(dishes == null ? List.of() : dishes, orders, today, by, now);
        menu.suppliedBy(supplierOf(schoolId));
        if (found.isEmpty()) {
            em.persist(menu);
        }
        flush(date);
        audit.record(by, "meals.menu.save", AuditSubject.ORGANIZATION, schoolId, described(menu));
        return MenuView.of(date, Optional.of(menu), orders, today);
    }

    /** Publishes the day's menu to parents and to the school's canteen terminals, effective at once. */
    public MenuView publish(long schoolId, LocalDate date) {
        SchoolRef school = requireSupplied(schoolId);
        LocalDate today = todayAt(school);
        Menu menu = lockedMenu(schoolId, date);
        String by = audit.actor(SOURCE);
        menu.publish(today, by, Instant.now(clock));
        menu.suppliedBy(supplierOf(schoolId));
        flush(date);
        audit.record(by, "meals.menu.publish", AuditSubject.ORGANIZATION, schoolId, described(menu));
        return MenuView.of(date, Optional.of(menu), book.ordered(menu), today);
    }

    /** Takes the day's menu back to a draft: refused while parents' orders wait on it ({@code HAS_ORDERS}). */
    public MenuView unpublish(long schoolId, LocalDate date) {
        SchoolRef school = requireSupplied(schoolId);
        LocalDate today = todayAt(school);
        Menu menu = lockedMenu(schoolId, date);
        OrderedDishes orders = book.ordered(menu);
        String by = audit.actor(SOURCE);
        menu.unpublish(orders, today, by, Instant.now(clock));
        flush(date);
        audit.record(by, "meals.menu.unpublish", AuditSubject.ORGANIZATION, schoolId, described(menu));
        return MenuView.of(date, Optional.of(menu), orders, today);
    }

    /**
     * Copies the five days of the week of {@code fromDay} onto the week of {@code toDay} as drafts ({@link WeekCopy}):
     * days that have menus are replaced only when {@code replace} says so, otherwise the copy is refused naming them.
     * All or nothing.
     */
    public WeekCopied copyWeek(long schoolId, LocalDate fromDay, LocalDate toDay, boolean replace) {
        SchoolRef school = requireSupplied(schoolId);
        LocalDate today = todayAt(school);
        LocalDate from = MenuWeek.mondayOf(Objects.requireNonNull(fromDay));
        LocalDate to = MenuWeek.mondayOf(Objects.requireNonNull(toDay));
        Map<LocalDate, Menu> sources = book.menus(schoolId, from, from.plusDays(MenuWeek.SCHOOL_DAYS - 1L));
        Map<LocalDate, Menu> targets = book.menus(schoolId, to, to.plusDays(MenuWeek.SCHOOL_DAYS - 1L));
        WeekCopy copy = WeekCopy.plan(from, to, sources, targets, today, replace);
        Map<Long, OrderedDishes> orders = book.ordered(copy.days().stream().map(WeekCopy.Day::existing)
                .filter(Objects::nonNull).map(Menu::id).toList());
        String by = audit.actor(SOURCE);
        Instant now = Instant.now(clock);
        Long supplier = supplierOf(schoolId);
        for (WeekCopy.Day day : copy.days()) {
            if (day.existing() == null) {
                em.persist(day.source().copyTo(day.target(), supplier, today, by, now));
            } else {
                day.existing().replaceWith(day.source(), orders.get(day.existing().id()), today, by, now);
                day.existing().suppliedBy(supplier);
            }
        }
        flush(to);
        WeekCopied copied = copy.result();
        audit.record(by, "meals.menu.copy-week", AuditSubject.ORGANIZATION, schoolId, "week of " + from + " onto week of " + to
                + ": new " + copied.copied() + ", replaced " + copied.replaced() + ", gone " + copied.past());
        return copied;
    }

    private SchoolRef requireSupplied(long schoolId) {
        if (!directory.suppliesCanteen(schoolId)) {
            throw new AccessDeniedException("school", schoolId);
        }
        return directory.requireSchool(schoolId);
    }

    private Menu lockedMenu(long schoolId, LocalDate date) {
        return book.menu(schoolId, Objects.requireNonNull(date), LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new InvalidMenuException(InvalidMenuException.Code.NO_MENU, "No menu on " + date));
    }

    private Long supplierOf(long schoolId) {
        return directory.supplierOf(schoolId).map(SupplierRef::supplierId).orElse(null);
    }

    private LocalDate todayAt(SchoolRef school) {
        return LocalDate.now(clock.withZone(school.zone()));
    }

    /** Writes now, so that a menu changed or made meanwhile by someone else is said here as {@code STALE}. */
    private void flush(LocalDate date) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (e instanceof OptimisticLockException || isUniqueViolation(e)) {
                throw stale(date);
            }
            throw e;
        }
    }

    private static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static InvalidMenuException stale(LocalDate date) {
        return new InvalidMenuException(InvalidMenuException.Code.STALE, "The menu of " + date + " was changed meanwhile");
    }

    private static String described(Menu menu) {
        String text = menu.date() + " " + menu.status() + ": " + menu.dishes().stream()
                .map(dish -> dish.name() + " " + dish.price().toPlainString()).collect(Collectors.joining(", "));
        return text.length() <= DETAILS ? text : text.substring(0, DETAILS) + "…";
    }
}
