package org.cardhub.meals.control;

import org.cardhub.testing.NoTransaction;
import jakarta.ejb.SessionContext;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.callers.ObjectAccess;
import org.cardhub.cards.boundary.CardDirectory;
import org.cardhub.ledger.boundary.Ledger;
import org.cardhub.notifications.boundary.GuardianNotices;
import org.cardhub.notifications.control.Outbox;
import org.cardhub.payments.boundary.Payments;
import org.cardhub.payments.control.OperationRecords;
import org.cardhub.payments.control.Purses;
import org.cardhub.payments.control.Reservations;
import org.cardhub.payments.control.Reversals;
import org.cardhub.payments.control.SponsoredPurchases;
import org.cardhub.payments.entity.Outcome;
import org.cardhub.payments.entity.PupilPurchasePosted;
import org.cardhub.payments.entity.Spend;
import org.cardhub.school.boundary.AttendanceLog;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.function.Function;

/**
 * The meals' controls and the money operations they use, wired by hand on one entity manager as the container would
 * wire them (each operation then joins the test's transaction instead of starting its own): for the school day's rules
 * end to end without a server. The caller is {@code parent}, allowed everything.
 */
final class MealsWiring {

    private final EntityManager em;
    private final Ledger ledger;
    private final AuditLog audit;
    private final CardDirectory cards;
    private final GuardianNotices notices;
    private final Payments payments;
    private final AttendanceLog attendance;
    private final Canteens canteens;

    MealsWiring(EntityManager em) {
        this(em, spend -> Outcome.spendWouldBeApproved(spend.amount(), spend.volume(), spend.amount()));
    }

    /** The same, with what {@link Payments#check} answers (the limits, which these tests do not wire, are the stub's). */
    MealsWiring(EntityManager em, Function<Spend, Outcome> checks) {
        this.em = em;
        ledger = with(with(with(NoTransaction.wire(new Ledger()), "em", em), "cardPurses", proxy(Event.class, arguments -> null)), "bookings", proxy(Event.class, arguments -> null));
        Principal parent = () -> "parent";
        audit = with(with(new AuditLog(), "em", em), "session", proxy(SessionContext.class, arguments -> parent));
        cards = with(NoTransaction.wire(new CardDirectory()), "em", em);
        notices = with(with(with(new GuardianNotices(), "em", em), "cards", cards), "outbox", with(new Outbox(), "em", em));
        OperationRecords records = with(NoTransaction.wire(new OperationRecords()), "em", em);
        Purses purses = with(with(with(with(new Purses(), "em", em), "ledger", ledger), "cards", cards), "access",
                proxy(ObjectAccess.class, arguments -> null));
        Event<PupilPurchasePosted> told = proxy(Event.class, arguments -> {
            notices.purchasePosted((PupilPurchasePosted) arguments[0]);
            return null;
        });
        Reservations reservations = money(new Reservations(), records, purses);
        with(reservations, "pupilPurchases", told);
        payments = new Payments() {
            @Override
            public Outcome check(Spend spend) {
                return checks.apply(spend);
            }
        };
        with(payments, "reservations", reservations);
        with(payments, "sponsoredPurchases", money(new SponsoredPurchases(), records, purses));
        with(payments, "reversals", money(new Reversals(), records, purses));
        attendance = with(with(with(new AttendanceLog(), "em", em), "audit", audit), "notifications", notices);
        canteens = new Canteens();
        canteens.em = em;
        canteens.ledger = ledger;
    }

    PreOrderDesk desk() {
        PreOrderDesk desk = new PreOrderDesk();
        desk.em = em;
        desk.payments = payments;
        desk.audit = audit;
        desk.canteens = canteens;
        desk.groupMeals = queries();
        return desk;
    }

    MealDayWork dayWork() {
        MealDayWork work = new MealDayWork();
        work.em = em;
        work.payments = payments;
        work.attendance = attendance;
        work.notices = notices;
        work.audit = audit;
        work.canteens = canteens;
        return work;
    }

    GroupMealDesk groupDesk() {
        GroupMealDesk desk = new GroupMealDesk();
        desk.em = em;
        desk.payments = payments;
        desk.audit = audit;
        desk.canteens = canteens;
        desk.queries = queries();
        return desk;
    }

    GroupMealWork groupWork() {
        GroupMealWork work = new GroupMealWork();
        work.em = em;
        work.payments = payments;
        work.audit = audit;
        work.canteens = canteens;
        work.queries = queries();
        return work;
    }

    GroupMealQueries queries() {
        GroupMealQueries queries = new GroupMealQueries();
        queries.em = em;
        return queries;
    }

    FreeMealPosting freeMeals() {
        FreeMealPosting posting = new FreeMealPosting();
        posting.em = em;
        posting.payments = payments;
        posting.attendance = attendance;
        posting.canteens = canteens;
        return posting;
    }

    private <T> T money(T operation, OperationRecords records, Purses purses) {
        return with(with(with(with(with(with(operation, "em", em), "ledger", ledger), "audit", audit), "records", records),
                "purses", purses), "cards", cards);
    }

    @SuppressWarnings("unchecked")
    static <T> T proxy(Class<?> type, Function<Object[], Object> answer) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, (self, method, arguments) ->
                switch (method.getName()) {
                    case "hashCode" -> System.identityHashCode(self);
                    case "equals" -> self == arguments[0];
                    case "toString" -> type.getSimpleName();
                    default -> answer.apply(arguments);
                });
    }

    /** Sets a field the container would inject; an operation without it (Reversals has no cards) is left as it is. */
    static <T> T with(T bean, String field, Object value) {
        for (Class<?> type = bean.getClass(); type != Object.class; type = type.getSuperclass()) {
            try {
                Field declared = type.getDeclaredField(field);
                declared.setAccessible(true);
                declared.set(bean, value);
                return bean;
            } catch (NoSuchFieldException e) {
                // the field may be declared by a superclass, or not at all
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return bean;
    }
}
