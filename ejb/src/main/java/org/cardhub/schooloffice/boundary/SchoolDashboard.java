package org.cardhub.schooloffice.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.callers.Role;
import org.cardhub.school.boundary.StaffDirectory;
import org.cardhub.school.entity.DayWindow;
import org.cardhub.school.entity.SchoolRef;
import org.cardhub.schooloffice.control.DashboardQueries;
import org.cardhub.schooloffice.entity.AttendanceCount;
import org.cardhub.schooloffice.entity.CanteenCount;
import org.cardhub.schooloffice.entity.Dashboard;
import org.cardhub.schooloffice.entity.DashboardClass;
import org.cardhub.schooloffice.entity.DashboardPeriod;
import org.cardhub.schooloffice.entity.DashboardSchool;
import org.cardhub.schooloffice.entity.PupilWithoutMeal;
import org.cardhub.schooloffice.entity.SchoolFigures;
import org.cardhub.schooloffice.entity.TodayFigures;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The director's dashboard of a school: attendance by day and class, the canteen's meals paid and free and its
 * revenue, the average a pupil spent, today's figures and the pupils who have not eaten today, for a period and the
 * whole school or one class. Only the school's director (or its administrator, who keeps its lists) and the back
 * office reach it: a teacher of the school, its canteen supplier and another school's director are refused as if the
 * school did not exist. Days are the school's (its contract's time zone); every figure is summed in the database.
 */
@Stateless
@RolesAllowed({Role.Names.DIRECTOR, Role.Names.BACKOFFICE})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class SchoolDashboard {

    /** The most pupils one call lists: a page of the table, or the export's list. */
    public static final int MOST_PUPILS = 5_000;

    @EJB
    StaffDirectory staff;

    @Inject
    DashboardQueries queries;

    @Resource
    SessionContext session;

    private final Clock clock = Clock.systemUTC();

    /** The schools whose dashboard the caller reads, by name: the back office's are every school. */
    public List<DashboardSchool> mySchools() {
        boolean everySchool = session.isCallerInRole(Role.Names.BACKOFFICE);
        return staff.mySchools().stream().filter(school -> everySchool || leads(school.id()))
                .map(school -> new DashboardSchool(school.id(), school.name(), school.zone())).toList();
    }

    /**
     * The dashboard of {@code from} to {@code to} (null: this month so far; an end past today is today) for the class
     * {@code classId}, or the whole school when null. A class of another school is refused like one that does not
     * exist; a period that starts after today, ends before it starts or is longer than a year is refused.
     */
    public Dashboard dashboard(long schoolId, Long classId, LocalDate from, LocalDate to) {
        SchoolRef school = requireLed(schoolId);
        List<DashboardClass> classes = staff.myClasses(schoolId).stream()
                .map(schoolClass -> new DashboardClass(schoolClass.id(), schoolClass.name(), schoolClass.pupils())).toList();
        DashboardClass chosen = classId == null ? null : classes.stream().filter(schoolClass -> schoolClass.id() == classId)
                .findFirst().orElseThrow(() -> new AccessDeniedException("class", classId));
        LocalDate today = LocalDate.now(clock.withZone(school.zone()));
        DashboardPeriod period = DashboardPeriod.between(from, to, today);
        LocalTime lessonsStart = staff.hoursOf(schoolId).lessonsStart();

        List<String> turnstiles = queries.turnstiles(schoolId);

        DayWindow window = period.window(school.zone());
        SchoolFigures figures = new SchoolFigures(classes, queries.attendance(schoolId, turnstiles, window, lessonsStart),
                queries.canteen(school.contractId(), window), period);
        SchoolFigures todays = period.contains(today) ? figures : figuresOf(school, classes, turnstiles, today, lessonsStart);
        DashboardQueries.Uneaten uneaten = queries.uneaten(schoolId, turnstiles, classId, DayWindow.of(today, school.zone()));
        TodayFigures todayFigures = new TodayFigures(todays.days(classId).stream()
                .filter(day -> day.date().equals(today)).findFirst().orElseThrow(), uneaten.pupils(), uneaten.present());
        long eaters = queries.eaters(school.contractId(), schoolId, classId, window);
        return new Dashboard(new DashboardSchool(school.id(), school.name(), school.zone()), classes, chosen, period, today,
                todayFigures, figures.days(classId), figures.byClass(), figures.revenue(classId),
                figures.spending(classId, eaters));
    }

    /** How many pupils of the school (or the class) have not eaten today; only those who came in, when asked. */
    public long withoutMealCount(long schoolId, Long classId, boolean presentOnly) {
        SchoolRef school = requireLed(schoolId);
        requireClassOf(schoolId, classId);
        return queries.withoutMealCount(schoolId, queries.turnstiles(schoolId), classId, todayOf(school), presentOnly);
    }

    /**
     * A page of the pupils of the school (or the class) who have not eaten today — bought nothing in the canteen and had
     * no free meal — those who came in first, then by class and name.
     */
    public List<PupilWithoutMeal> withoutMeal(long schoolId, Long classId, boolean presentOnly, int first, int max) {
        SchoolRef school = requireLed(schoolId);
        requireClassOf(schoolId, classId);
        return queries.withoutMeal(schoolId, queries.turnstiles(schoolId), classId, todayOf(school), presentOnly, Math.max(0, first),
                Math.max(0, Math.min(max, MOST_PUPILS)));
    }

    private SchoolFigures figuresOf(SchoolRef school, List<DashboardClass> classes, List<String> turnstiles, LocalDate day,
                                    LocalTime lessonsStart) {
        DashboardPeriod only = new DashboardPeriod(day, day);
        DayWindow window = only.window(school.zone());
        List<AttendanceCount> came = queries.attendance(school.id(), turnstiles, window, lessonsStart);
        List<CanteenCount> sold = queries.canteen(school.contractId(), window);
        return new SchoolFigures(classes, came, sold, only);
    }

    private DayWindow todayOf(SchoolRef school) {
        return DayWindow.of(LocalDate.now(clock.withZone(school.zone())), school.zone());
    }

    /** The school, when the caller leads it: its director, or the back office. */
    private SchoolRef requireLed(long schoolId) {
        SchoolRef school = staff.requireSchool(schoolId);
        if (!leads(schoolId)) {
            throw new AccessDeniedException("school", schoolId);
        }
        return school;
    }

    private boolean leads(long schoolId) {
        return staff.directs(schoolId);
    }

    private void requireClassOf(long schoolId, Long classId) {
        if (classId != null && staff.myClasses(schoolId).stream().noneMatch(schoolClass -> schoolClass.id() == classId)) {
            throw new AccessDeniedException("class", classId);
        }
    }
}
