package org.cardhub.attendance;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import org.cardhub.school.boundary.StaffDirectory;
import org.cardhub.school.entity.ClassRef;
import org.cardhub.school.entity.SchoolRef;

import java.util.ArrayList;
import java.util.List;

/** The classes the signed-in member of staff reaches, at every school they work at, by school and then grade. */
@RequestScoped
public class TeacherClasses {

    @EJB
    StaffDirectory staff;

    public List<ClassChoice> all() {
        List<SchoolRef> schools = staff.mySchools();
        List<ClassChoice> classes = new ArrayList<>();
        for (SchoolRef school : schools) {
            for (ClassRef schoolClass : staff.myClasses(school.id())) {
                String label = schools.size() > 1 ? schoolClass.name() + " · " + school.name() : schoolClass.name();
                classes.add(new ClassChoice(schoolClass.id(), label, schoolClass.name(), school.name(), school.zone()));
            }
        }
        return classes;
    }
}
