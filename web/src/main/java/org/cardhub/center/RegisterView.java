package org.cardhub.center;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.lessons.boundary.CentreAttendance;
import org.cardhub.lessons.boundary.CentreGroups;
import org.cardhub.lessons.entity.VisitMarked;
import org.cardhub.refusal.Refusal;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * A lesson's register ({@code register.xhtml?group=ID&date=yyyy-MM-dd}): the group (its first one when none is asked)
 * on a day (today on the centre's calendar when none is), each pupil's mark in words, and a mark or its cancellation.
 * A day the group does not meet, or one still to come, says so and offers no marks.
 */
@Named
@ViewScoped
public class RegisterView implements Serializable {

    @EJB
    CentreGroups groups;

    @EJB
    CentreAttendance attendance;

    private List<CentreGroups.GroupSummary> all = List.of();
    private Long groupId;
    private LocalDate date;
    private LocalDate today;
    private CentreAttendance.Register register;

    @PostConstruct
    void load() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        try {
            today = groups.centre().today();
            all = groups.groups();
            groupId = idOf(parameters.get("group"));
            if (groupId == null && !all.isEmpty()) {
                groupId = all.get(0).id();
            }
            date = dateOf(parameters.get("date"));
            reload();
        } catch (Refusal refused) {
            register = null;
            CentreRefusals.show(refused, Map.of());
        }
    }

    private static Long idOf(String parameter) {
        return parameter == null || !parameter.strip().matches("\\d{1,18}") ? null : Long.valueOf(parameter.strip());
    }

    private LocalDate dateOf(String parameter) {
        try {
            return parameter == null || parameter.isBlank() ? today : LocalDate.parse(parameter.strip());
        } catch (DateTimeParseException notADate) {
            return today;
        }
    }

    private void reload() {
        register = groupId == null ? null : attendance.register(groupId, date);
    }

    /** The chooser's choice, a group or a day: the register at its own address. */
    public void open() {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getApplication().getNavigationHandler().handleNavigation(faces, null,
                "register?faces-redirect=true&group=" + groupId + "&date=" + (date == null ? today : date));
    }

    public void mark(CentreAttendance.RegisterLine line) {
        try {
            VisitMarked marked = attendance.mark(groupId, date, line.pupilId());
            if (marked.inDebt()) {
                PageMessages.warn("centre.marked.debt", line.name());
            } else if (marked.fromBalance()) {
                PageMessages.info("centre.marked.balance", line.name());
            } else {
                PageMessages.info("centre.marked.subscription", line.name(), marked.lessonsLeft());
            }
        } catch (Refusal refused) {
            CentreRefusals.show(refused, Map.of());
        }
        reload();
    }

    public void cancel(CentreAttendance.RegisterLine line) {
        try {
            attendance.cancel(groupId, date, line.pupilId());
            PageMessages.info("centre.cancelled", line.name());
        } catch (Refusal refused) {
            CentreRefusals.show(refused, Map.of());
        }
        reload();
    }

    /** The group shown, as the table of groups has it (its schedule for the page's words). */
    public CentreGroups.GroupSummary getGroup() {
        return all.stream().filter(group -> groupId != null && group.id() == groupId).findFirst().orElse(null);
    }

    public boolean isFuture() {
        return date != null && date.isAfter(today);
    }

    public boolean isMarkable() {
        return register != null && register.meets() && !isFuture();
    }

    public List<CentreGroups.GroupSummary> getGroups() {
        return all;
    }

    public CentreAttendance.Register getRegister() {
        return register;
    }

    public LocalDate getToday() {
        return today;
    }

    public Long getGroupId() {
        return groupId;
    }

    public void setGroupId(Long groupId) {
        this.groupId = groupId;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }
}
