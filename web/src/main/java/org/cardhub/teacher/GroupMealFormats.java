package org.cardhub.teacher;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.cabinet.Formats;
import org.cardhub.cabinet.Language;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.meals.entity.DishOffer;
import org.cardhub.meals.entity.GroupMealCandidate;
import org.cardhub.meals.entity.GroupMealStatus;
import org.cardhub.meals.entity.GroupMealSummary;
import org.cardhub.money.Amount;

import java.time.LocalDate;
import java.util.stream.Collectors;

/** How the group meal pages read in the page's language: days («вт, 08.12.2026»), money, dishes, benefits, statuses. */
@Named
@RequestScoped
public class GroupMealFormats {

    @Inject
    Formats formats;

    @Inject
    Language language;

    public String date(LocalDate date) {
        return GroupMealRows.date(date, language.getLocale());
    }

    public String amount(Amount amount) {
        return formats.amount(amount);
    }

    /** «Суп куриный с лапшой × 1, Компот × 1». */
    public String dishesOf(GroupMealSummary order) {
        return GroupMealRows.dishes(order);
    }

    public String allergensOf(DishOffer dish) {
        return dish.allergens().stream().map(allergen -> PageMessages.text("meals.allergen." + allergen.name()))
                .collect(Collectors.joining(", "));
    }

    public String benefitOf(GroupMealCandidate pupil) {
        return language.isRussian() ? pupil.benefitRu() : pupil.benefitEn();
    }

    public String severity(GroupMealStatus status) {
        return GroupMealRows.severity(status);
    }
}
