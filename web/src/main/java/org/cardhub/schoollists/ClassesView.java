package org.cardhub.schoollists;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.cabinet.Language;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.cabinet.PagedTable;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.school.boundary.StaffDirectory;
import org.cardhub.school.entity.ClassRef;
import org.cardhub.school.entity.SchoolRef;
import org.cardhub.school.entity.StaffMember;
import org.cardhub.schooloffice.boundary.ClassRegister;
import org.cardhub.schooloffice.entity.ClassPupil;
import org.cardhub.schooloffice.entity.ClassRefusal;

import java.io.Serializable;
import java.util.List;

/**
 * The school's classes ({@code classes.xhtml} in a director's cabinet, {@code school-classes.xhtml} in the back
 * office's): the classes with their class teachers and sizes, a new class typed as people write it, a class teacher
 * chosen among the school's teachers, and the pupils — of a class or all, found by name or contract number, a page at a
 * time from the database — with their categories.
 */
@Named
@ViewScoped
public class ClassesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClassRegister register;

    @Inject
    StaffDirectory staff;

    @Inject
    Language language;

    private SchoolChoice choice;
    private List<ClassRef> classes = List.of();
    private List<StaffMember> teachers = List.of();
    private PagedTable<ClassPupil> pupils;
    private Long classFilter;
    private String search;
    private String newClass;
    private ClassRef editing;
    private String teacher;

    @PostConstruct
    void init() {
        choice = SchoolChoice.of(staff);
        pupils = new PagedTable<>(() -> choice.chosen() == null ? 0 : register.countPupils(choice.chosen(), classFilter, search),
                (first, max) -> choice.chosen() == null ? List.of()
                        : register.pupils(choice.chosen(), classFilter, search, first, max),
                pupil -> Long.toString(pupil.cardId()));
        load();
    }

    /** Another school chosen: its classes and teachers; the filters are of the school before. */
    public void schoolChanged() {
        classFilter = null;
        search = null;
        load();
    }

    private void load() {
        if (choice.chosen() == null) {
            return;
        }
        classes = register.classes(choice.chosen());
        teachers = register.teachers(choice.chosen());
    }

    public void create() {
        try {
            ClassRef created = register.create(choice.chosen(), newClass);
            PageMessages.info("classes.created", created.name());
            newClass = null;
            load();
        } catch (ClassRefusal refused) {
            PageMessages.refuse("classes:new-class", "classes.error." + refused.code().name());
        }
    }

    /** Opens the class teacher's dialog of the class. */
    public void edit(ClassRef schoolClass) {
        editing = schoolClass;
        teacher = teachers.stream().filter(member -> member.fullName().equals(schoolClass.teacherName()))
                .map(StaffMember::subject).findFirst().orElse(null);
    }

    public void assign() {
        if (editing == null) {
            return;
        }
        try {
            register.assignTeacher(editing.id(), teacher);
            String name = teachers.stream().filter(member -> member.subject().equals(teacher)).map(StaffMember::fullName)
                    .findFirst().orElse(null);
            if (name == null) {
                PageMessages.info("classes.unassigned", editing.name());
            } else {
                PageMessages.info("classes.assigned", editing.name(), name);
            }
            editing = null;
            load();
        } catch (ClassRefusal refused) {
            PageMessages.refuse("teacher:choice", "classes.error." + refused.code().name());
        } catch (AccessDeniedException gone) {
            PageMessages.refuse(null, "classes.error.gone");
        }
    }

    /** Shows the pupils of the class in the table below. */
    public void show(ClassRef schoolClass) {
        classFilter = schoolClass.id();
    }

    /** How the page names a pupil's category: paid, staff, or the free-meal benefit's kind. */
    public String category(ClassPupil pupil) {
        return switch (pupil.category()) {
            case FREE_MEALS -> PageMessages.text("classes.category.FREE_MEALS",
                    "en".equals(language.getLocale().getLanguage()) ? pupil.benefitEn() : pupil.benefitRu());
            case STAFF -> PageMessages.text("classes.category.STAFF");
            case PAID -> PageMessages.text("classes.category.PAID");
        };
    }

    public String className(ClassPupil pupil) {
        return pupil.className() == null ? PageMessages.text("classes.noClass") : pupil.className();
    }

    public List<SchoolRef> getSchools() {
        return choice.schools();
    }

    public Long getSchoolId() {
        return choice.chosen();
    }

    public void setSchoolId(Long schoolId) {
        choice.choose(schoolId);
    }

    public SchoolRef getSchool() {
        return choice.school().orElse(null);
    }

    public List<ClassRef> getClasses() {
        return classes;
    }

    public List<StaffMember> getTeachers() {
        return teachers;
    }

    public PagedTable<ClassPupil> getPupils() {
        return pupils;
    }

    public Long getClassFilter() {
        return classFilter;
    }

    public void setClassFilter(Long classFilter) {
        this.classFilter = classFilter;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getNewClass() {
        return newClass;
    }

    public void setNewClass(String newClass) {
        this.newClass = newClass;
    }

    public ClassRef getEditing() {
        return editing;
    }

    public String getTeacher() {
        return teacher;
    }

    public void setTeacher(String teacher) {
        this.teacher = teacher;
    }
}
