package org.cardhub.center;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.cardhub.lessons.boundary.CentreGroups;
import org.cardhub.lessons.boundary.CentrePupils;
import org.cardhub.lessons.entity.Centre;
import org.cardhub.lessons.entity.GroupDraft;
import org.cardhub.lessons.entity.Pricing;
import org.cardhub.refusal.Refusal;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The centre's home ({@code index.xhtml}): its name, the lessons of today on its own calendar — the groups that meet
 * on today's weekday, by their time — and how many groups and pupils it has.
 */
@Named
@ViewScoped
public class CentreHomeView implements Serializable {

    @EJB
    CentreGroups groups;

    @EJB
    CentrePupils pupils;

    private Centre centre;
    private List<CentreGroups.GroupSummary> all = List.of();
    private List<CentreGroups.GroupSummary> today = List.of();
    private long pupilCount;

    @PostConstruct
    void load() {
        try {
            centre = groups.centre();
            all = groups.groups();
            LocalDate day = centre.today();
            today = all.stream().filter(group -> meetsOn(group.draft(), day))
                    .sorted(Comparator.comparing(group -> group.draft().startsAt())).toList();
            pupilCount = pupils.count("");
        } catch (Refusal refused) {
            CentreRefusals.show(refused, Map.of());
        }
    }

    /** As the lesson book decides it: one of the group's weekdays, and within the course for a course. */
    static boolean meetsOn(GroupDraft group, LocalDate day) {
        boolean inCourse = group.pricing() != Pricing.COURSE
                || !(day.isBefore(group.courseFrom()) || day.isAfter(group.courseUntil()));
        return inCourse && group.weekdays().contains(day.getDayOfWeek());
    }

    public Centre getCentre() {
        return centre;
    }

    public LocalDate getToday() {
        return centre == null ? null : centre.today();
    }

    public List<CentreGroups.GroupSummary> getGroups() {
        return all;
    }

    public List<CentreGroups.GroupSummary> getTodaysGroups() {
        return today;
    }

    public long getPupilCount() {
        return pupilCount;
    }
}
