package org.cardhub.canteen;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.meals.boundary.GroupMeals;
import org.cardhub.meals.entity.GroupMealSummary;
import org.cardhub.meals.entity.InvalidGroupMealException;
import org.cardhub.school.boundary.StaffDirectory;
import org.cardhub.school.entity.SchoolRef;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Today's group meals of the schools the canteen supplies ({@code cabinet/canteen/group-meals.xhtml}): the class, the
 * dishes, how many meals to give (held and paid by the school), where each stands, and «Отметить выданным», which pays
 * the pupils' parts at once. A meal not marked is served by the clock at lunch time.
 */
@Named
@ViewScoped
public class CanteenGroupMealsView implements Serializable {

    @Inject
    GroupMeals groupMeals;

    @Inject
    StaffDirectory staff;

    private List<GroupMealSummary> meals = List.of();
    private Map<Long, String> schoolNames = Map.of();

    @PostConstruct
    void load() {
        schoolNames = staff.mySchools().stream().collect(Collectors.toMap(SchoolRef::id, SchoolRef::name, (first, second) -> first));
        meals = groupMeals.today();
    }

    public void markServed(long groupMealId) {
        try {
            GroupMealSummary served = groupMeals.markServed(groupMealId);
            PageMessages.info("group.canteen.served", served.className(), served.heldCount() + served.freeCount());
        } catch (InvalidGroupMealException refused) {
            PageMessages.refuse(null, "group.error." + refused.code().name());
        } catch (AccessDeniedException denied) {
            PageMessages.refuse(null, "group.error.notYours");
        }
        meals = groupMeals.today();
    }

    public String schoolOf(GroupMealSummary meal) {
        return schoolNames.getOrDefault(meal.schoolId(), "");
    }

    public long mealsToGive(GroupMealSummary meal) {
        return meal.heldCount() + meal.freeCount();
    }

    public String servedQuestion(GroupMealSummary meal) {
        return PageMessages.text("group.canteen.confirm", meal.className(), mealsToGive(meal));
    }

    public List<GroupMealSummary> getMeals() {
        return meals;
    }
}
