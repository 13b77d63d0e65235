package org.cardhub.attendance;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.school.boundary.ClassAttendance;
import org.cardhub.school.entity.AttendanceCounts;
import org.cardhub.school.entity.AttendanceDay;
import org.cardhub.school.entity.AttendanceSheet;
import org.cardhub.school.entity.AttendanceStatus;
import org.cardhub.school.entity.LessonDay;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A class's register for a day or a school week ({@code attendance.xhtml?class=ID&from=2026-12-07&to=2026-12-11}):
 * the teacher's classes to choose from, a day or the week of a date, the period before and after, and the files. An
 * address without a class opens the teacher's first class, without dates this school week on the school's clock; a
 * class the teacher does not lead is "no such class".
 */
@Named
@ViewScoped
public class AttendanceView implements Serializable {

    @EJB
    ClassAttendance attendance;

    @Inject
    TeacherClasses teacherClasses;

    private List<ClassChoice> classes = List.of();
    private Long classId;
    private ClassChoice chosen;
    private AttendancePeriod period;
    private AttendanceSheet sheet;
    private LocalDate date;

    @PostConstruct
    void load() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        classes = teacherClasses.all();
        Optional<Long> asked = idOf(parameters.get("class"));
        classId = asked.orElseGet(() -> classes.isEmpty() ? null : classes.get(0).id());
        chosen = classes.stream().filter(choice -> choice.id() == (classId == null ? -1 : classId)).findFirst().orElse(null);
        if (chosen == null) {
            return;
        }
        LocalDate today = LocalDate.now(chosen.zone());
        period = AttendancePeriod.of(parameters.get("from"), parameters.get("to"), today);
        date = period.from();
        try {
            sheet = attendance.sheet(chosen.id(), period.from(), period.to());
        } catch (AccessDeniedException refused) {
            chosen = null;
        }
    }

    static Optional<Long> idOf(String parameter) {
        return parameter == null || !parameter.strip().matches("\\d{1,18}") ? Optional.empty()
                : Optional.of(Long.valueOf(parameter.strip()));
    }

    /** The chooser's choice: the same kind of period of that class, at its own address. */
    public void classChosen() {
        redirect(classId, period == null ? null : period);
    }

    /** The calendar's choice: that day, or the school week it is in. */
    public void open() {
        if (date != null && period != null) {
            redirect(chosen.id(), period.isDay() ? AttendancePeriod.day(date) : AttendancePeriod.weekOf(date));
        }
    }

    private void redirect(Long id, AttendancePeriod shown) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String dates = shown == null ? "" : "&from=" + shown.from() + "&to=" + shown.to();
        faces.getApplication().getNavigationHandler().handleNavigation(faces, null,
                "attendance?faces-redirect=true&class=" + id + dates);
    }

    /** The style of a day's mark: its status's colour. */
    public String markClass(AttendanceDay day) {
        return statusClass(day.status());
    }

    public String statusClass(AttendanceStatus status) {
        return "mark mark-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public List<AttendanceStatus> getLegend() {
        return List.of(AttendanceStatus.PRESENT, AttendanceStatus.LATE, AttendanceStatus.ABSENT, AttendanceStatus.EXPECTED,
                AttendanceStatus.NO_LESSONS);
    }

    /** The figures of the day shown (in the day view). */
    public AttendanceCounts getDayCounts() {
        return sheet.countsOn(period.from());
    }

    /** «27 / 30» came of the class; a dash on a day without lessons. */
    public String presentOf(AttendanceCounts counts) {
        return counts.lessonDay() == LessonDay.NO_LESSONS ? "—" : counts.present() + " / " + counts.pupils();
    }

    /** The day the «day» switch opens: today when it is in the period shown, else its first day. */
    public AttendancePeriod getDayPeriod() {
        return period.contains(sheet.today()) ? AttendancePeriod.day(sheet.today()) : AttendancePeriod.day(period.from());
    }

    public AttendancePeriod getWeekPeriod() {
        return AttendancePeriod.weekOf(period.from());
    }

    /** The next period, while it has started by the school's today. */
    public AttendancePeriod getNext() {
        AttendancePeriod next = period.next();
        return next.from().isAfter(sheet.today()) ? null : next;
    }

    /** The school's today, or its school week, as the period shown is a day or not. */
    public AttendancePeriod getTodayPeriod() {
        return period.isDay() ? AttendancePeriod.day(sheet.today()) : AttendancePeriod.weekOf(sheet.today());
    }

    public boolean isShowsToday() {
        return period.contains(sheet.today());
    }

    public String fileLink(String format) {
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return AttendanceFileServlet.link(context, chosen.id(), period, AttendanceFormat.of(format).orElseThrow());
    }

    public List<ClassChoice> getClasses() {
        return classes;
    }

    public Long getClassId() {
        return classId;
    }

    public void setClassId(Long classId) {
        this.classId = classId;
    }

    public ClassChoice getChosen() {
        return chosen;
    }

    public AttendancePeriod getPeriod() {
        return period;
    }

    public AttendanceSheet getSheet() {
        return sheet;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }
}
