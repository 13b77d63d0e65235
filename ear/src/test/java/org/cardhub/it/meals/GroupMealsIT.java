package org.cardhub.it.meals;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.contracts.boundary.Contracts;
import org.cardhub.it.core.BackOffice;
import org.cardhub.it.core.Fixtures;
import org.cardhub.meals.boundary.FreeMeals;
import org.cardhub.meals.boundary.GroupMeals;
import org.cardhub.meals.boundary.MealDay;
import org.cardhub.meals.entity.GroupMealLine;
import org.cardhub.meals.entity.GroupMealOutcome;
import org.cardhub.meals.entity.GroupMealReason;
import org.cardhub.meals.entity.GroupMealStatus;
import org.cardhub.meals.entity.GroupMealSummary;
import org.cardhub.meals.entity.InvalidGroupMealException;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.payments.boundary.Payments;
import org.cardhub.refusal.Refusal;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A teacher's group meals on the real boundaries and database, each test in a school of its own (so reruns on a kept
 * database pass) whose class 5А the demo teacher leads, its day's work run at moments of the test's choosing: each
 * paying pupil's part held, then settled at lunch as a purchase whose postings equal the dishes; a beneficiary's paid
 * from the school's budget; a pupil with no money listed with the reason and nothing held; the same request twice one
 * order; a cancellation releases every hold; a pupil of another class refuses the whole order, nothing written; the
 * canteen marks it served only where it supplies.
 */
@ExtendWith(ArquillianExtension.class)
class GroupMealsIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Vladivostok");

    @Deployment
    static EnterpriseArchive deployment() {
        return GroupMealDeployment.with("group-meals", GroupMealsIT.class);
    }

    @EJB
    BackOffice backOffice;

    @EJB
    AsTeacher teacher;

    @EJB
    AsCanteen canteen;

    @EJB
    Fixtures fixtures;

    @EJB
    Contracts contracts;

    @EJB
    Payments payments;

    @EJB
    FreeMeals freeMeals;

    @EJB
    GroupMeals groupMeals;

    @EJB
    MealDay mealDay;

    @Resource(lookup = "jdbc/cardhub")
    DataSource dataSource;

    private GroupMealSchool school;
    private LocalDate day;
    private Map<Long, Integer> soupAndCompote;

    @BeforeEach
    void aSchoolWhoseClassTheDemoTeacherLeadsWithAMenuTheDayAfterTomorrow() throws Exception {
        day = LocalDate.now(ZONE).plusDays(2);
        school = GroupMealSchool.open(UUID.randomUUID().toString().substring(0, 6), ZONE, day, backOffice, fixtures, contracts,
                freeMeals, payments, dataSource);
        soupAndCompote = Map.of(school.dish("Суп куриный с лапшой"), 1, school.dish("Компот"), 1);
    }

    @AfterEach
    void theTeacherLeavesTheTestSchool() throws Exception {
        school.leave();
    }

    @Test
    void partsAreHeldThenSettledAtLunchTheBeneficiaryPaidByTheSchoolAndWhoCouldNotPayListedWithNothingHeld() throws Exception {
        GroupMealSummary ordered = teacher.call(() -> groupMeals.order(school.classId(), day, soupAndCompote, null, request()));

        assertThat(ordered.status()).isEqualTo(GroupMealStatus.ORDERED);
        assertThat(ordered.pupilTotal()).isEqualTo(rub("80.00"));
        assertThat(ordered.pupils()).extracting(line -> line.name().substring(0, line.name().lastIndexOf(' ')),
                        GroupMealLine::outcome, GroupMealLine::reason)
                .containsExactlyInAnyOrder(tuple(GroupMealSchool.RICH, GroupMealOutcome.HELD, null),
                        tuple(GroupMealSchool.POOR, GroupMealOutcome.REFUSED, GroupMealReason.FUNDS_SHORT),
                        tuple(GroupMealSchool.FREE, GroupMealOutcome.FREE, null));
        assertThat(ordered.heldTotal()).isEqualTo(rub("80.00"));
        assertThat(school.canteenAvailable(GroupMealSchool.RICH)).as("held, not taken").isEqualTo(rub("220.00"));
        assertThat(school.openHolds(GroupMealSchool.RICH)).isEqualTo(1);
        assertThat(school.purchases(GroupMealSchool.RICH)).isEmpty();
        assertThat(school.canteenAvailable(GroupMealSchool.POOR)).as("nothing held").isEqualTo(rub("10.00"));
        assertThat(school.openHolds(GroupMealSchool.POOR)).isZero();

        MealDay.Run beforeLunch = mealDay.runAt(at(LocalTime.of(11, 59)), school.organizationId());
        MealDay.Run lunch = mealDay.runAt(at(LocalTime.of(12, 1)), school.organizationId());
        mealDay.runAt(at(LocalTime.of(12, 6)), school.organizationId());

        assertThat(beforeLunch.groupMealsServed()).isZero();
        assertThat(lunch.groupMealsServed()).isEqualTo(1);
        String served = "Обед класса 5А на " + day.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        assertThat(school.purchases(GroupMealSchool.RICH)).as("postings equal the dishes").containsExactly(
                "80.00 MEAL " + served + ": Суп куриный с лапшой × 1 @ 55.00, Компот × 1 @ 25.00");
        assertThat(school.canteenAvailable(GroupMealSchool.RICH)).isEqualTo(rub("220.00"));
        assertThat(school.openHolds(GroupMealSchool.RICH)).isZero();
        assertThat(school.purchases(GroupMealSchool.FREE)).containsExactly("80.00 FREE_MEAL " + served
                + " за счёт школы (льгота: многодетная семья): Суп куриный с лапшой × 1 @ 55.00, Компот × 1 @ 25.00");
        assertThat(school.budgetBalance()).isEqualTo(rub("920.00"));
        assertThat(school.purchases(GroupMealSchool.POOR)).isEmpty();
        assertThat(teacher.call(() -> groupMeals.ofClass(school.classId()))).singleElement().satisfies(listed -> {
            assertThat(listed.status()).isEqualTo(GroupMealStatus.SERVED);
            assertThat(listed.cancellable()).isFalse();
            assertThat(listed.unpaid()).isEmpty();
        });
        assertThat(refusal(() -> teacher.call(() -> groupMeals.cancel(ordered.id())))).isInstanceOfSatisfying(
                InvalidGroupMealException.class, refused -> assertThat(refused.code())
                        .isEqualTo(InvalidGroupMealException.Code.NOT_CANCELLABLE));
    }

    @Test
    void theSameRequestTwiceIsOneOrder() throws Exception {
        String request = request();

        GroupMealSummary first = teacher.call(() -> groupMeals.order(school.classId(), day, soupAndCompote, null, request));
        GroupMealSummary again = teacher.call(() -> groupMeals.order(school.classId(), day, soupAndCompote, null, request));

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(school.groupMealsOf(school.classId())).isEqualTo(1);
        assertThat(school.openHolds(GroupMealSchool.RICH)).isEqualTo(1);
        assertThat(school.canteenAvailable(GroupMealSchool.RICH)).isEqualTo(rub("220.00"));
    }

    @Test
    void cancellingReleasesEveryPupilsMoney() throws Exception {
        GroupMealSummary ordered = teacher.call(() -> groupMeals.order(school.classId(), day,
                Map.of(school.dish("Каша овсяная"), 2, school.dish("Компот"), 1),
                List.of(school.card(GroupMealSchool.RICH), school.card(GroupMealSchool.FREE)), request()));
        assertThat(school.canteenAvailable(GroupMealSchool.RICH)).isEqualTo(rub("185.00"));

        GroupMealSummary cancelled = teacher.call(() -> groupMeals.cancel(ordered.id()));
        GroupMealSummary again = teacher.call(() -> groupMeals.cancel(ordered.id()));

        assertThat(cancelled.status()).isEqualTo(GroupMealStatus.CANCELLED);
        assertThat(again.status()).isEqualTo(GroupMealStatus.CANCELLED);
        assertThat(school.canteenAvailable(GroupMealSchool.RICH)).isEqualTo(rub("300.00"));
        assertThat(school.openHolds(GroupMealSchool.RICH)).isZero();
        mealDay.runAt(at(LocalTime.of(12, 1)), school.organizationId());
        assertThat(school.purchases(GroupMealSchool.RICH)).isEmpty();
        assertThat(school.purchases(GroupMealSchool.FREE)).isEmpty();
        assertThat(school.budgetBalance()).isEqualTo(rub("1000.00"));
    }

    @Test
    void aPupilOfAnotherClassRefusesTheOrderWithNothingWritten() throws Exception {
        List<Long> chosen = List.of(school.card(GroupMealSchool.RICH), school.card(GroupMealSchool.OTHER));

        Throwable refused = refusal(() -> teacher.call(() -> groupMeals.order(school.classId(), day, soupAndCompote, chosen,
                request())));

        assertThat(refused).isInstanceOfSatisfying(InvalidGroupMealException.class, invalid -> {
            assertThat(invalid.code()).isEqualTo(InvalidGroupMealException.Code.NOT_IN_CLASS);
            assertThat(invalid.cardId()).isEqualTo(school.card(GroupMealSchool.OTHER));
        });
        assertThat(school.groupMealsOf(school.classId())).isZero();
        assertThat(school.groupMealsOf(school.otherClassId())).isZero();
        assertThat(school.openHolds(GroupMealSchool.RICH)).isZero();
        assertThat(school.openHolds(GroupMealSchool.OTHER)).isZero();
        assertThat(refusal(() -> teacher.call(() -> groupMeals.order(school.otherClassId(), day, soupAndCompote, null, request()))))
                .as("a class the teacher does not lead").isInstanceOf(AccessDeniedException.class);
        assertThat(refusal(() -> teacher.call(() -> groupMeals.ofClass(school.otherClassId())))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyTheSchoolsCanteenOrTheBackOfficeMarksItServedAndItIsPaidThen() throws Exception {
        GroupMealSummary ordered = teacher.call(() -> groupMeals.order(school.classId(), day, soupAndCompote,
                List.of(school.card(GroupMealSchool.RICH)), request()));

        assertThat(refusal(() -> teacher.call(() -> groupMeals.markServed(ordered.id())))).isInstanceOf(EJBAccessException.class);
        assertThat(refusal(() -> canteen.call(() -> groupMeals.markServed(ordered.id()))))
                .as("a canteen that does not supply the school").isInstanceOf(AccessDeniedException.class);
        assertThat(refusal(() -> backOffice.call(() -> groupMeals.markServed(ordered.id()))))
                .as("its day has not come").isInstanceOfSatisfying(InvalidGroupMealException.class,
                        invalid -> assertThat(invalid.code()).isEqualTo(InvalidGroupMealException.Code.NOT_SERVABLE));
        assertThat(school.openHolds(GroupMealSchool.RICH)).isEqualTo(1);

        moveToToday(ordered.id());
        GroupMealSummary served = backOffice.call(() -> groupMeals.markServed(ordered.id()));

        assertThat(served.status()).isEqualTo(GroupMealStatus.SERVED);
        assertThat(school.purchases(GroupMealSchool.RICH)).singleElement().asString().startsWith("80.00 MEAL Обед класса 5А");
        assertThat(school.openHolds(GroupMealSchool.RICH)).isZero();
    }

    /** The order's day becomes today, as if the days had passed, so the canteen may mark it. */
    private void moveToToday(long groupMealId) throws Exception {
        try (var connection = dataSource.getConnection();
             var move = connection.prepareStatement("UPDATE group_meal SET meal_date = ? WHERE id = ?")) {
            move.setObject(1, LocalDate.now(ZONE));
            move.setLong(2, groupMealId);
            move.executeUpdate();
        }
    }

    private Instant at(LocalTime time) {
        return day.atTime(time).atZone(ZONE).toInstant();
    }

    private static String request() {
        return UUID.randomUUID().toString();
    }

    /** What a call through a run-as bean was refused with: the refusal or the container's access refusal inside it. */
    private static Throwable refusal(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("refused").isNotNull();
        return Stream.iterate(thrown, link -> link != null, Throwable::getCause)
                .filter(link -> link instanceof Refusal || link instanceof EJBAccessException)
                .findFirst().orElse(thrown);
    }

    private static Amount rub(String amount) {
        return Amount.parse(amount, Currency.RUB);
    }
}
