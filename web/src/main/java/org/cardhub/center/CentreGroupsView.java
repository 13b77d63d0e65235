package org.cardhub.center;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.cabinet.Language;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.lessons.boundary.CentreGroups;
import org.cardhub.lessons.entity.DebtRule;
import org.cardhub.lessons.entity.GroupDraft;
import org.cardhub.lessons.entity.InvalidSubscriptionException;
import org.cardhub.lessons.entity.LessonRefusal;
import org.cardhub.lessons.entity.Pricing;
import org.cardhub.money.Amount;
import org.cardhub.refusal.Refusal;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The centre's groups ({@code groups.xhtml}): the table, the dialog that opens or amends a group, and the offers of a
 * group sold by subscription, added and withdrawn. What the rules refuse is named at its input and writes nothing.
 */
@Named
@ViewScoped
public class CentreGroupsView implements Serializable {

    private static final Map<Object, String> GROUP_INPUTS = Map.ofEntries(
            Map.entry(GroupDraft.Field.NAME, "group:name"),
            Map.entry(GroupDraft.Field.TEACHER, "group:teacher"),
            Map.entry(GroupDraft.Field.WEEKDAYS, "group:weekdays"),
            Map.entry(GroupDraft.Field.STARTS_AT, "group:startsAt"),
            Map.entry(GroupDraft.Field.MINUTES, "group:minutes"),
            Map.entry(GroupDraft.Field.PRICING, "group:pricing"),
            Map.entry(GroupDraft.Field.LESSON_PRICE, "group:lessonPrice"),
            Map.entry(GroupDraft.Field.COURSE_PRICE, "group:coursePrice"),
            Map.entry(GroupDraft.Field.COURSE_LESSONS, "group:courseLessons"),
            Map.entry(GroupDraft.Field.COURSE_DATES, "group:courseUntil"),
            Map.entry(LessonRefusal.Code.GROUP_NAME_TAKEN, "group:name"));

    private static final Map<Object, String> OFFER_INPUTS = Map.of(
            InvalidSubscriptionException.Code.LESSONS_NOT_POSITIVE, "offers:lessons",
            InvalidSubscriptionException.Code.DAYS_NOT_POSITIVE, "offers:days",
            InvalidSubscriptionException.Code.PRICE_NOT_POSITIVE, "offers:price",
            InvalidSubscriptionException.Code.NOT_ROUBLES, "offers:price",
            LessonRefusal.Code.OFFER_EXISTS, "offers:lessons");

    @EJB
    CentreGroups groups;

    @Inject
    Language language;

    private List<CentreGroups.GroupSummary> all = List.of();
    private GroupForm form = new GroupForm();
    private Long offersOf;
    private Integer offerLessons;
    private Integer offerDays = 30;
    private String offerPrice;

    @PostConstruct
    void load() {
        try {
            all = groups.groups();
        } catch (Refusal refused) {
            CentreRefusals.show(refused, Map.of());
        }
    }

    public void startNew() {
        form = new GroupForm();
    }

    public void startAmend(CentreGroups.GroupSummary group) {
        form = GroupForm.of(group, language.isRussian());
    }

    public void save() {
        List<GroupDraft.Problem> problems = form.problems();
        if (!problems.isEmpty()) {
            CentreRefusals.showProblems(problems, GROUP_INPUTS);
            return;
        }
        try {
            if (form.isNew()) {
                groups.open(form.draft());
                PageMessages.info("centre.group.opened", form.getName().strip());
            } else {
                groups.amend(form.getId(), form.draft());
                PageMessages.info("centre.group.amended", form.getName().strip());
            }
            load();
        } catch (Refusal refused) {
            CentreRefusals.show(refused, GROUP_INPUTS);
        }
    }

    public void showOffers(CentreGroups.GroupSummary group) {
        offersOf = group.id();
        offerLessons = null;
        offerDays = 30;
        offerPrice = null;
    }

    public void addOffer() {
        Optional<Amount> price = TypedPrice.read(offerPrice);
        if (price.isEmpty()) {
            PageMessages.refuse("offers:price", TypedPrice.isBlank(offerPrice) ? "centre.problem.PRICE_REQUIRED"
                    : "centre.problem." + GroupForm.PRICE_FORMAT);
            return;
        }
        try {
            groups.offer(offersOf, offerLessons == null ? 0 : offerLessons, offerDays == null ? 0 : offerDays, price.get());
            PageMessages.info("centre.offer.added");
            offerLessons = null;
            offerPrice = null;
            load();
        } catch (Refusal refused) {
            CentreRefusals.show(refused, OFFER_INPUTS);
        }
    }

    public void withdraw(long offerId) {
        try {
            groups.withdraw(offerId);
            PageMessages.info("centre.offer.withdrawn");
            load();
        } catch (Refusal refused) {
            CentreRefusals.show(refused, Map.of());
        }
    }

    /** The group whose offers the dialog shows, as the table has it now. */
    public CentreGroups.GroupSummary getOffersGroup() {
        return all.stream().filter(group -> offersOf != null && group.id() == offersOf).findFirst().orElse(null);
    }

    public List<CentreGroups.GroupSummary> getGroups() {
        return all;
    }

    public List<DayOfWeek> getWeekdays() {
        return List.of(DayOfWeek.values());
    }

    public List<Pricing> getPricings() {
        return List.of(Pricing.values());
    }

    public List<DebtRule> getDebtRules() {
        return List.of(DebtRule.values());
    }

    public GroupForm getForm() {
        return form;
    }

    public Integer getOfferLessons() {
        return offerLessons;
    }

    public void setOfferLessons(Integer offerLessons) {
        this.offerLessons = offerLessons;
    }

    public Integer getOfferDays() {
        return offerDays;
    }

    public void setOfferDays(Integer offerDays) {
        this.offerDays = offerDays;
    }

    public String getOfferPrice() {
        return offerPrice;
    }

    public void setOfferPrice(String offerPrice) {
        this.offerPrice = offerPrice;
    }
}
