package org.cardhub.meals.control;

import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.enterprise.context.Dependent;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.callers.Role;
import org.cardhub.school.boundary.StaffDirectory;
import org.cardhub.school.entity.SchoolRef;

import java.util.List;

/**
 * Who reads a school canteen's sales and its supplier's settlements: the supplier's people (the schools their
 * organisation supplies), the school's director (on its staff as director, not only as a teacher or administrator)
 * and the back office. Anyone else is refused as if the school did not exist, as {@link StaffDirectory} refuses.
 */
@Dependent
public class CanteenReaders {

    @EJB
    StaffDirectory staff;

    /** The school, when the caller reads its canteen's sales. */
    public SchoolRef require(long schoolId, SessionContext caller) {
        SchoolRef school = staff.requireSchool(schoolId);
        if (!reads(school, caller)) {
            throw new AccessDeniedException("school", schoolId);
        }
        return school;
    }

    /** The schools whose canteen's sales the caller reads, by name. */
    public List<SchoolRef> schools(SessionContext caller) {
        return staff.mySchools().stream().filter(school -> reads(school, caller)).toList();
    }

    private boolean reads(SchoolRef school, SessionContext caller) {
        return caller.isCallerInRole(Role.Names.BACKOFFICE)
                || caller.isCallerInRole(Role.Names.CANTEEN) && staff.suppliesCanteen(school.id())
                || caller.isCallerInRole(Role.Names.DIRECTOR) && staff.directs(school.id());
    }
}
