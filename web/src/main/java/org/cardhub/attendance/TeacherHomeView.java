package org.cardhub.attendance;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.school.boundary.ClassAttendance;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The teacher's home: today's picture of each class they lead, on its school's clock — how many came, were late and
 * are absent, and who is absent — with the way to the class's day and week.
 */
@Named
@ViewScoped
public class TeacherHomeView implements Serializable {

    @EJB
    ClassAttendance attendance;

    @Inject
    TeacherClasses teacherClasses;

    private final List<ClassToday> classes = new ArrayList<>();

    @PostConstruct
    void load() {
        for (ClassChoice schoolClass : teacherClasses.all()) {
            try {
                classes.add(ClassToday.of(schoolClass, attendance.today(schoolClass.id())));
            } catch (AccessDeniedException movedAway) {
                // the class was given to another teacher since the list was read: it is not this teacher's any more
            }
        }
    }

    public List<ClassToday> getClasses() {
        return classes;
    }

    /** The school week of the class's today. */
    public AttendancePeriod weekOf(ClassToday today) {
        return AttendancePeriod.weekOf(today.today());
    }

    public AttendancePeriod dayOf(ClassToday today) {
        return AttendancePeriod.day(today.today());
    }
}
