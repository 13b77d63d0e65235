package org.cardhub.it.core;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.lessons.boundary.CentreAttendance;
import org.cardhub.lessons.boundary.CentreGroups;
import org.cardhub.lessons.boundary.CentrePupils;
import org.cardhub.lessons.boundary.FamilyLessons;
import org.cardhub.lessons.boundary.LessonOverview;
import org.cardhub.lessons.entity.DebtRule;
import org.cardhub.lessons.entity.GroupDraft;
import org.cardhub.lessons.entity.LessonRefusal;
import org.cardhub.lessons.entity.Pricing;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who reaches a centre's lessons, users × objects: the centre's own staff reach its groups and pupils, another centre's
 * staff reach neither (not found); the pupil's parent reaches the child's lessons, another parent does not; nobody else
 * reaches the centre's or the parents' side at all (refused by role). Every refused cell leaves the pupil's lessons,
 * balance and the centre's group as they were.
 */
@ExtendWith(ArquillianExtension.class)
class LessonsAccessMatrixIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return CoreTestDeployment.shared();
    }

    @EJB
    BackOffice backOffice;

    @EJB
    LessonCentre setup;

    @EJB
    Fixtures fixtures;

    @EJB
    AsCentre centre;

    @EJB
    AsOtherCentre otherCentre;

    @EJB
    AsParent parent;

    @EJB
    AsOtherParent otherParent;

    @EJB
    AsTeacher teacher;

    @EJB
    AsDirector director;

    @EJB
    AsPupil pupilUser;

    @EJB
    CentreGroups groups;

    @EJB
    CentrePupils pupils;

    @EJB
    CentreAttendance attendance;

    @EJB
    FamilyLessons family;

    @Test
    void everyCellOutsideTheCentreAndTheFamilyIsRefusedAndChangesNothing() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Moscow"));
        backOffice.call(() -> setup.centre("center2"));
        backOffice.call(() -> setup.centre("center"));
        long group = centre.call(() -> groups.open(new GroupDraft("Матрица " + UUID.randomUUID().toString().substring(0, 6),
                "Орлов П. И.", List.of(DayOfWeek.values()), LocalTime.NOON, 45, Pricing.SUBSCRIPTION, rub("450.00"),
                null, null, null, null, DebtRule.NEXT_SUBSCRIPTION_SETTLES)));
        long offer = centre.call(() -> groups.offer(group, 8, 30, rub("3200.00")));
        CentrePupils.NewPupil made = centre.call(() -> pupils.enrol("Матрицын Лёва", "parent@example.org", List.of(group)));
        long card = centre.call(() -> pupils.lessonsOf(made.id()).cardId());
        backOffice.call(() -> { setup.guard(card, "parent"); return null; });
        backOffice.call(() -> fixtures.topUpCard(card, "5000.00"));
        LessonOverview before = parent.call(() -> family.overview(card));

        Map<String, ThrowingCallable> centreTasks = new LinkedHashMap<>();
        centreTasks.put("register", () -> attendance.register(group, today));
        centreTasks.put("mark", () -> attendance.mark(group, today, made.id()));
        centreTasks.put("cancel", () -> attendance.cancel(group, today, made.id()));
        centreTasks.put("amend group", () -> groups.amend(group, before(group)));
        centreTasks.put("offer", () -> groups.offer(group, 4, 30, rub("2000.00")));
        centreTasks.put("withdraw offer", () -> groups.withdraw(offer));
        centreTasks.put("pupil's lessons", () -> pupils.lessonsOf(made.id()));
        centreTasks.put("put in group", () -> pupils.enrol(made.id(), group));
        Map<String, ThrowingCallable> familyTasks = new LinkedHashMap<>();
        familyTasks.put("overview", () -> family.overview(card));
        familyTasks.put("buy", () -> family.buy(card, offer, rub("3200.00"), UUID.randomUUID().toString()));
        familyTasks.put("pay debts", () -> family.payDebts(card));
        familyTasks.put("settle first", () -> family.settleDebtsFirst(card, false));

        for (var task : centreTasks.entrySet()) {
            assertRefused("another centre: " + task.getKey(), call(otherCentre::call), task.getValue(), AccessDeniedException.class);
            for (var person : List.<Function<Callable<Object>, Object>>of(call(parent::call), call(teacher::call),
                    call(director::call), call(pupilUser::call), call(backOffice::call))) {
                assertRefused(task.getKey() + " by role", person, task.getValue(), EJBAccessException.class);
            }
        }
        for (var task : familyTasks.entrySet()) {
            assertRefused("another parent: " + task.getKey(), call(otherParent::call), task.getValue(), AccessDeniedException.class);
            assertRefused("centre staff: " + task.getKey(), call(centre::call), task.getValue(), EJBAccessException.class);
            assertRefused("teacher: " + task.getKey(), call(teacher::call), task.getValue(), EJBAccessException.class);
        }
        assertThat(otherCentre.call(() -> groups.groups())).noneMatch(g -> g.id() == group);
        assertThat(otherCentre.call(() -> pupils.pupils("", 0, 100))).noneMatch(p -> p.id() == made.id());
        assertThat(otherParent.call(() -> family.children())).noneMatch(child -> child.cardId() == card);
        assertThat(parent.call(() -> family.children())).anyMatch(child -> child.cardId() == card);

        LessonOverview after = parent.call(() -> family.overview(card));
        assertThat(after.balance()).isEqualTo(before.balance());
        assertThat(after.subscriptions()).isEqualTo(before.subscriptions());
        assertThat(after.visits()).isEqualTo(before.visits());
        assertThat(after.settleDebtsFirst()).isTrue();
        assertThat(centre.call(() -> groups.groups()).stream().filter(g -> g.id() == group).findFirst().orElseThrow()
                .offers()).hasSize(1);
        assertThat(Thrown.by(() -> otherCentre.call(() -> attendance.mark(group, today, made.id()))))
                .isNotInstanceOf(LessonRefusal.class);
    }

    private GroupDraft before(long group) throws Exception {
        return centre.call(() -> groups.groups()).stream().filter(g -> g.id() == group).findFirst().orElseThrow().draft();
    }

    private interface Caller {
        Object call(Callable<Object> work) throws Exception;
    }

    private static Function<Callable<Object>, Object> call(Caller caller) {
        return work -> {
            try {
                return caller.call(work);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static void assertRefused(String cell, Function<Callable<Object>, Object> caller, ThrowingCallable task,
                                      Class<?> refusal) {
        Throwable thrown = Thrown.by(() -> caller.apply(() -> {
            try {
                task.call();
            } catch (Exception | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
            return null;
        }));
        assertThat(thrown).as(cell).isInstanceOf(refusal);
    }

    private static Amount rub(String amount) {
        return Amount.parse(amount, Currency.RUB);
    }
}
