package org.cardhub.schoollists;

import jakarta.faces.context.FacesContext;
import org.cardhub.school.boundary.StaffDirectory;
import org.cardhub.school.entity.SchoolRef;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * The schools whose lists the page keeps and the one chosen: in the back office's cabinet every school, in a director's
 * the schools where they are director or administrator. The page's parameter {@code school} chooses one; otherwise
 * the first, by name. A page with one school shows no chooser.
 */
final class SchoolChoice implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PARAMETER = "school";

    private final List<SchoolRef> schools;
    private Long chosen;

    private SchoolChoice(List<SchoolRef> schools, Long chosen) {
        this.schools = schools;
        this.chosen = chosen;
    }

    static SchoolChoice of(StaffDirectory staff) {
        FacesContext faces = FacesContext.getCurrentInstance();
        boolean backOffice = faces.getViewRoot().getViewId().startsWith("/cabinet/backoffice/");
        List<SchoolRef> schools = staff.mySchools().stream()
                .filter(school -> backOffice || staff.keepsLists(school.id())).toList();
        String asked = faces.getExternalContext().getRequestParameterMap().get(PARAMETER);
        Long chosen = schools.stream().filter(school -> Long.toString(school.id()).equals(asked)).findFirst()
                .or(() -> schools.stream().findFirst()).map(SchoolRef::id).orElse(null);
        return new SchoolChoice(List.copyOf(schools), chosen);
    }

    List<SchoolRef> schools() {
        return schools;
    }

    Long chosen() {
        return chosen;
    }

    /** Chooses one of the page's schools; any other id leaves the choice as it was. */
    void choose(Long schoolId) {
        if (schools.stream().anyMatch(school -> Long.valueOf(school.id()).equals(schoolId))) {
            chosen = schoolId;
        }
    }

    Optional<SchoolRef> school() {
        return schools.stream().filter(school -> Long.valueOf(school.id()).equals(chosen)).findFirst();
    }
}
