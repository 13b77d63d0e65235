package org.cardhub.center;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.lessons.boundary.CentreGroups;
import org.cardhub.lessons.boundary.CentrePupils;
import org.cardhub.lessons.boundary.LessonOverview;
import org.cardhub.lessons.entity.LessonRefusal;
import org.cardhub.refusal.Refusal;
import org.primefaces.component.datatable.DataTable;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The centre's pupils ({@code pupils.xhtml}): the table searched by name, a pupil enrolled (the card's number and
 * activation code shown once), a pupil put into one more group, and one pupil's lessons.
 */
@Named
@ViewScoped
public class PupilsView implements Serializable {

    private static final Map<Object, String> ENROL_INPUTS = Map.of(LessonRefusal.Code.PUPIL_NAME_INVALID, "enrol:name",
            LessonRefusal.Code.PARENT_EMAIL_INVALID, "enrol:email");
    private static final Map<Object, String> JOIN_INPUTS = Map.of(LessonRefusal.Code.ALREADY_ENROLLED, "join:group");

    @EJB
    CentrePupils pupils;

    @EJB
    CentreGroups groups;

    private PupilTable table;
    private List<CentreGroups.GroupSummary> all = List.of();
    private String name;
    private String parentEmail;
    private Long[] groupIds = {};
    private CentrePupils.NewPupil enrolled;
    private CentrePupils.PupilRow chosen;
    private Long joinGroupId;
    private LessonOverview lessons;

    @PostConstruct
    void load() {
        table = new PupilTable(pupils);
        try {
            all = groups.groups();
        } catch (Refusal refused) {
            CentreRefusals.show(refused, Map.of());
        }
    }

    /** A new search shows its first page. */
    public void searched() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent("pupils:table") instanceof DataTable shown) {
            shown.setFirst(0);
        }
    }

    public void startEnrol() {
        name = null;
        parentEmail = null;
        groupIds = new Long[0];
        enrolled = null;
    }

    public void enrol() {
        try {
            enrolled = pupils.enrol(name, parentEmail, Arrays.asList(groupIds));
            PageMessages.info("centre.pupil.enrolled", enrolled.name());
        } catch (Refusal refused) {
            CentreRefusals.show(refused, ENROL_INPUTS);
        }
    }

    public void startJoin(CentrePupils.PupilRow pupil) {
        chosen = pupil;
        joinGroupId = null;
    }

    public void join() {
        if (joinGroupId == null) {
            PageMessages.refuse("join:group", "centre.pupil.chooseGroup");
            return;
        }
        try {
            pupils.enrol(chosen.id(), joinGroupId);
            PageMessages.info("centre.pupil.joined", chosen.name(), groupName(joinGroupId));
        } catch (Refusal refused) {
            CentreRefusals.show(refused, JOIN_INPUTS);
        }
    }

    public void showLessons(CentrePupils.PupilRow pupil) {
        chosen = pupil;
        try {
            lessons = pupils.lessonsOf(pupil.id());
        } catch (Refusal refused) {
            lessons = null;
            CentreRefusals.show(refused, Map.of());
        }
    }

    private String groupName(long groupId) {
        return all.stream().filter(group -> group.id() == groupId).map(group -> group.draft().name()).findFirst().orElse("");
    }

    public PupilTable getTable() {
        return table;
    }

    public List<CentreGroups.GroupSummary> getGroups() {
        return all;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getParentEmail() {
        return parentEmail;
    }

    public void setParentEmail(String parentEmail) {
        this.parentEmail = parentEmail;
    }

    public Long[] getGroupIds() {
        return groupIds;
    }

    public void setGroupIds(Long[] groupIds) {
        this.groupIds = groupIds == null ? new Long[0] : groupIds;
    }

    public CentrePupils.NewPupil getEnrolled() {
        return enrolled;
    }

    public CentrePupils.PupilRow getChosen() {
        return chosen;
    }

    public Long getJoinGroupId() {
        return joinGroupId;
    }

    public void setJoinGroupId(Long joinGroupId) {
        this.joinGroupId = joinGroupId;
    }

    public LessonOverview getLessons() {
        return lessons;
    }
}
