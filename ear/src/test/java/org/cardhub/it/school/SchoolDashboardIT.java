package org.cardhub.it.school;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.it.core.BackOffice;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.refusal.Refusal;
import org.cardhub.schooloffice.boundary.SchoolDashboard;
import org.cardhub.schooloffice.entity.Dashboard;
import org.cardhub.schooloffice.entity.DashboardSchool;
import org.cardhub.schooloffice.entity.DayFigures;
import org.cardhub.schooloffice.entity.InvalidDashboardRequestException;
import org.cardhub.schooloffice.entity.PupilWithoutMeal;
import org.cardhub.it.school.DashboardFixtures.Expected;
import org.cardhub.it.school.DashboardFixtures.TestSchool;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The director's dashboard of a test school of its own (DashboardFixtures: two classes, five pupils and a cook,
 * yesterday and today at the turnstile and in the canteen, a lunch taken back, a free meal from the meal budget), read
 * as the demo director, whom the test makes the school's director and takes off its staff after each test. Every
 * figure equals what the database's rows add up to, counted one day and one sum at a time, and the numbers the school
 * was built with; the whole school and one class. A teacher of the school, a director who only teaches there and
 * another school's director are refused, as is a class of another school or a period the page would refuse.
 */
@ExtendWith(ArquillianExtension.class)
class SchoolDashboardIT {

    private static final String NAME = "Школа для панели директора ";

    private static TestSchool school;

    @Deployment
    static EnterpriseArchive deployment() {
        return DirectorTestDeployment.with("school-dashboard", SchoolDashboardIT.class);
    }

    @EJB
    BackOffice backOffice;

    @EJB
    AsSchoolDirector director;

    @EJB
    AsSchoolTeacher teacher;

    @EJB
    AsOtherSchoolDirector otherDirector;

    @EJB
    AsTeachingDirector teachingDirector;

    @EJB
    DashboardFixtures fixtures;

    @EJB
    SchoolDashboard dashboards;

    @BeforeEach
    void theDemoDirectorLeadsATestSchool() {
        if (school == null) {
            school = fixtures.build(NAME + UUID.randomUUID().toString().substring(0, 6));
            fixtures.appoint(school.organizationId(), DashboardFixtures.TEACHER, "TEACHER", "Анна Иванова");
            fixtures.appoint(school.organizationId(), DashboardFixtures.TEACHING_DIRECTOR, "TEACHER", "Учитель Директоров");
            fixtures.appoint(school.otherSchool(), DashboardFixtures.DIRECTOR_ELSEWHERE, "DIRECTOR", "Директор Другой");
        }
        fixtures.appoint(school.organizationId(), DashboardFixtures.DIRECTOR, "DIRECTOR", "Николай Кузнецов");
    }

    @AfterEach
    void theDemoStaffLeaveTheTestSchool() {
        fixtures.dismiss(school.organizationId(), DashboardFixtures.DIRECTOR);
        fixtures.dismiss(school.organizationId(), DashboardFixtures.TEACHER);
    }

    @Test
    void theWholeSchoolsFiguresAreWhatItsRowsAddUpTo() throws Exception {
        LocalDate today = school.today();
        LocalDate yesterday = today.minusDays(1);

        Dashboard dashboard = director.call(() -> dashboards.dashboard(school.organizationId(), null, yesterday, today));

        assertThat(dashboard.school().name()).isEqualTo(school.name());
        assertThat(dashboard.period().days()).containsExactly(yesterday, today);
        assertThat(dashboard.pupils()).isEqualTo(5);
        for (DayFigures day : dashboard.days()) {
            Expected rows = fixtures.expected(school, null, day.date(), day.date());
            assertThat(day.present()).as("present on %s", day.date()).isEqualTo(rows.present());
            assertThat(day.late()).as("late on %s", day.date()).isEqualTo(rows.late());
            assertThat(day.absent()).isEqualTo(5 - rows.present());
            assertThat(day.paidMeals()).as("paid meals on %s", day.date()).isEqualTo(rows.paidMeals());
            assertThat(day.freeMeals()).as("free meals on %s", day.date()).isEqualTo(rows.freeMeals());
            assertThat(day.paid()).isEqualTo(rub(rows.paidMinor()));
            assertThat(day.free()).isEqualTo(rub(rows.freeMinor()));
        }
        assertThat(dashboard.days()).extracting(DayFigures::present, DayFigures::late, DayFigures::paidMeals, DayFigures::freeMeals)
                .as("as the school was built").containsExactly(tuple(3L, 1L, 1L, 0L), tuple(4L, 1L, 4L, 1L));

        Expected period = fixtures.expected(school, null, yesterday, today);
        assertThat(dashboard.revenue()).isEqualTo(rub(period.paidMinor() + period.freeMinor())).isEqualTo(rub(345_00));
        assertThat(dashboard.spending().spent()).as("the cook's pie is revenue, not a pupil's spending").isEqualTo(rub(305_00));
        assertThat(dashboard.spending().eaters()).isEqualTo(period.eaters()).isEqualTo(3);
        assertThat(dashboard.spending().perEater()).contains(rub(101_67));
        assertThat(dashboard.spending().perPupil()).contains(rub(61_00));
        assertThat(dashboard.todayFigures().withoutMeal()).isEqualTo(period.withoutMeal()).isEqualTo(2);
        assertThat(dashboard.todayFigures().presentWithoutMeal()).isEqualTo(period.presentWithoutMeal()).isEqualTo(1);
        assertThat(dashboard.todayFigures().presentPercent()).contains(80);
        assertThat(dashboard.byClass()).extracting(row -> row.schoolClass().name(), row -> row.present(), row -> row.late(),
                row -> row.absent()).containsExactly(tuple("5А", 5L, 2L, 1L), tuple("5Б", 2L, 0L, 2L));
    }

    @Test
    void oneClassHasOnlyItsPupilsFigures() throws Exception {
        LocalDate today = school.today();
        LocalDate yesterday = today.minusDays(1);

        Dashboard dashboard = director.call(() -> dashboards.dashboard(school.organizationId(), school.classA(), yesterday, today));

        Expected period = fixtures.expected(school, school.classA(), yesterday, today);
        assertThat(dashboard.chosenClass().name()).isEqualTo("5А");
        assertThat(dashboard.pupils()).isEqualTo(3);
        assertThat(dashboard.days().stream().mapToLong(DayFigures::present).sum()).isEqualTo(period.present()).isEqualTo(5);
        assertThat(dashboard.days().stream().mapToLong(DayFigures::paidMeals).sum()).isEqualTo(period.paidMeals()).isEqualTo(3);
        assertThat(dashboard.revenue()).isEqualTo(rub(period.paidMinor() + period.freeMinor())).isEqualTo(rub(225_00));
        assertThat(dashboard.spending().perEater()).contains(rub(112_50));
        assertThat(dashboard.todayFigures().withoutMeal()).isEqualTo(period.withoutMeal()).isEqualTo(1);
    }

    @Test
    void todaysPupilsWithoutAMealComeThoseAtSchoolFirstAndPageByPage() throws Exception {
        long id = school.organizationId();

        List<PupilWithoutMeal> all = director.call(() -> dashboards.withoutMeal(id, null, false, 0, 20));
        List<PupilWithoutMeal> second = director.call(() -> dashboards.withoutMeal(id, null, false, 1, 20));
        List<PupilWithoutMeal> atSchool = director.call(() -> dashboards.withoutMeal(id, null, true, 0, 20));

        assertThat(all).extracting(PupilWithoutMeal::name, PupilWithoutMeal::className, PupilWithoutMeal::present)
                .as("Пётр's lunch was taken back; Ян did not come").containsExactly(tuple("Сидоров Пётр", "5А", true),
                        tuple("Белов Ян", "5Б", false));
        assertThat(second).extracting(PupilWithoutMeal::name).containsExactly("Белов Ян");
        assertThat(atSchool).extracting(PupilWithoutMeal::name).containsExactly("Сидоров Пётр");
        assertThat(director.call(() -> dashboards.withoutMealCount(id, school.classB(), false))).isEqualTo(1);
    }

    @Test
    void theDirectorFindsTheSchoolAmongTheirsAndTheBackOfficeReadsItToo() throws Exception {
        assertThat(director.call(() -> dashboards.mySchools())).extracting(DashboardSchool::id).contains(school.organizationId());
        assertThat(backOffice.call(() -> dashboards.dashboard(school.organizationId(), null, null, null)).pupils()).isEqualTo(5);
    }

    @Test
    void aTeacherADirectorWhoOnlyTeachesThereAndAnotherSchoolsDirectorAreRefused() throws Exception {
        long id = school.organizationId();

        assertThat(refusal(() -> teacher.call(() -> dashboards.dashboard(id, null, null, null))))
                .isInstanceOf(EJBAccessException.class);
        assertThat(refusal(() -> teachingDirector.call(() -> dashboards.dashboard(id, null, null, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(refusal(() -> otherDirector.call(() -> dashboards.dashboard(id, null, null, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(refusal(() -> otherDirector.call(() -> dashboards.withoutMeal(id, null, false, 0, 20))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(refusal(() -> otherDirector.call(() -> dashboards.withoutMealCount(id, null, false))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(otherDirector.call(() -> dashboards.mySchools())).extracting(DashboardSchool::id)
                .contains(school.otherSchool()).doesNotContain(id);
        assertThat(teachingDirector.call(() -> dashboards.mySchools())).extracting(DashboardSchool::id).doesNotContain(id);
        assertThat(otherDirector.call(() -> dashboards.dashboard(school.otherSchool(), null, null, null)).pupils())
                .as("their own school, which has no pupils yet").isZero();
    }

    @Test
    void aClassOfAnotherSchoolOrAPeriodThePageWouldRefuseIsRefused() throws Exception {
        long id = school.organizationId();
        LocalDate today = school.today();

        assertThat(refusal(() -> director.call(() -> dashboards.dashboard(id, school.otherClass(), null, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(refusal(() -> otherDirector.call(() -> dashboards.dashboard(school.otherSchool(), school.classA(), null, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(refusal(() -> director.call(() -> dashboards.dashboard(id, null, today, today.minusDays(1)))))
                .isInstanceOfSatisfying(InvalidDashboardRequestException.class, refused -> assertThat(refused.code())
                        .isEqualTo(InvalidDashboardRequestException.Code.PERIOD_REVERSED));
        assertThat(refusal(() -> director.call(() -> dashboards.dashboard(id, null, today.minusDays(400), today))))
                .isInstanceOfSatisfying(InvalidDashboardRequestException.class, refused -> assertThat(refused.code())
                        .isEqualTo(InvalidDashboardRequestException.Code.PERIOD_TOO_LONG));
    }

    @Test
    void theDirectorTakenOffTheStaffNoLongerReachesTheSchool() throws Exception {
        fixtures.dismiss(school.organizationId(), DashboardFixtures.DIRECTOR);

        assertThat(refusal(() -> director.call(() -> dashboards.dashboard(school.organizationId(), null, null, null))))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** What the call was refused with: the boundary's refusal or the container's, unwrapped from the EJBException. */
    private static Throwable refusal(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("refused").isNotNull();
        return Stream.iterate(thrown, link -> link != null, Throwable::getCause)
                .filter(link -> link instanceof Refusal || link instanceof EJBAccessException)
                .findFirst().orElse(thrown);
    }

    private static Amount rub(long kopecks) {
        return Amount.ofMinorUnits(kopecks, Currency.RUB);
    }
}
