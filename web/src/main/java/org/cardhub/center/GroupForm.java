package org.cardhub.center;

import org.cardhub.lessons.boundary.CentreGroups;
import org.cardhub.lessons.entity.DebtRule;
import org.cardhub.lessons.entity.GroupDraft;
import org.cardhub.lessons.entity.Pricing;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The group dialog's inputs, to open a group or to amend one: prices are typed as text, so that a price that is no sum
 * of roubles is named at its field ({@code PRICE_FORMAT}) with the draft's own problems, before anything is sent.
 */
public class GroupForm implements Serializable {

    static final String PRICE_FORMAT = "PRICE_FORMAT";

    private Long id;
    private String name;
    private String teacher;
    private DayOfWeek[] weekdays = {};
    private LocalTime startsAt;
    private Integer minutes = 60;
    private Pricing pricing = Pricing.SUBSCRIPTION;
    private String lessonPrice;
    private String coursePrice;
    private Integer courseLessons;
    private LocalDate courseFrom;
    private LocalDate courseUntil;
    private DebtRule debtRule = DebtRule.NEXT_SUBSCRIPTION_SETTLES;

    static GroupForm of(CentreGroups.GroupSummary group, boolean russian) {
        GroupDraft draft = group.draft();
        GroupForm form = new GroupForm();
        form.id = group.id();
        form.name = draft.name();
        form.teacher = draft.teacher();
        form.weekdays = draft.weekdays().toArray(DayOfWeek[]::new);
        form.startsAt = draft.startsAt();
        form.minutes = draft.minutes();
        form.pricing = draft.pricing();
        form.lessonPrice = TypedPrice.shown(draft.lessonPrice(), russian);
        form.coursePrice = TypedPrice.shown(draft.coursePrice(), russian);
        form.courseLessons = draft.courseLessons();
        form.courseFrom = draft.courseFrom();
        form.courseUntil = draft.courseUntil();
        form.debtRule = draft.debtRule();
        return form;
    }

    /** The group as typed; prices that are no sums go in as none. */
    GroupDraft draft() {
        boolean course = pricing == Pricing.COURSE;
        return new GroupDraft(name, teacher, Arrays.asList(weekdays), startsAt, minutes, pricing,
                course ? null : TypedPrice.read(lessonPrice).orElse(null),
                course ? TypedPrice.read(coursePrice).orElse(null) : null,
                course ? courseLessons : null, course ? courseFrom : null, course ? courseUntil : null, debtRule);
    }

    /** Everything wrong with what was typed: prices that are no sums of roubles, then the draft's own problems. */
    List<GroupDraft.Problem> problems() {
        List<GroupDraft.Problem> problems = new ArrayList<>();
        boolean course = pricing == Pricing.COURSE;
        unreadable(problems, GroupDraft.Field.LESSON_PRICE, course ? null : lessonPrice);
        unreadable(problems, GroupDraft.Field.COURSE_PRICE, course ? coursePrice : null);
        draft().problems().stream()
                .filter(problem -> problems.stream().noneMatch(known -> known.field() == problem.field()))
                .forEach(problems::add);
        return problems;
    }

    private static void unreadable(List<GroupDraft.Problem> problems, GroupDraft.Field field, String price) {
        if (!TypedPrice.isBlank(price) && TypedPrice.read(price).isEmpty()) {
            problems.add(new GroupDraft.Problem(field, PRICE_FORMAT));
        }
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTeacher() {
        return teacher;
    }

    public void setTeacher(String teacher) {
        this.teacher = teacher;
    }

    public DayOfWeek[] getWeekdays() {
        return weekdays;
    }

    public void setWeekdays(DayOfWeek[] weekdays) {
        this.weekdays = weekdays == null ? new DayOfWeek[0] : weekdays;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalTime startsAt) {
        this.startsAt = startsAt;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public Pricing getPricing() {
        return pricing;
    }

    public void setPricing(Pricing pricing) {
        this.pricing = pricing;
    }

    public String getLessonPrice() {
        return lessonPrice;
    }

    public void setLessonPrice(String lessonPrice) {
        this.lessonPrice = lessonPrice;
    }

    public String getCoursePrice() {
        return coursePrice;
    }

    public void setCoursePrice(String coursePrice) {
        this.coursePrice = coursePrice;
    }

    public Integer getCourseLessons() {
        return courseLessons;
    }

    public void setCourseLessons(Integer courseLessons) {
        this.courseLessons = courseLessons;
    }

    public LocalDate getCourseFrom() {
        return courseFrom;
    }

    public void setCourseFrom(LocalDate courseFrom) {
        this.courseFrom = courseFrom;
    }

    public LocalDate getCourseUntil() {
        return courseUntil;
    }

    public void setCourseUntil(LocalDate courseUntil) {
        this.courseUntil = courseUntil;
    }

    public DebtRule getDebtRule() {
        return debtRule;
    }

    public void setDebtRule(DebtRule debtRule) {
        this.debtRule = debtRule;
    }
}
