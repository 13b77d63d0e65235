package org.cardhub.schooloffice.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.school.boundary.StaffDirectory;
import org.cardhub.school.entity.SchoolRef;

/**
 * Who keeps a school's lists: its director and administrator, and the back office. Anyone else — a teacher, the canteen
 * supplier's people, the staff of another school — is refused as if the school did not exist.
 */
@Dependent
public class Keepers {

    @EJB
    StaffDirectory staff;

    public SchoolRef requireLists(long schoolId) {
        SchoolRef school = staff.requireSchool(schoolId);
        if (!staff.keepsLists(schoolId)) {
            throw new AccessDeniedException("school", schoolId);
        }
        return school;
    }
}
