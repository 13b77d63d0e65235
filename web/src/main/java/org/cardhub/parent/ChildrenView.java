package org.cardhub.parent;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.school.boundary.Children;
import org.cardhub.school.entity.Child;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The parent's home: each child with balances; for the chosen one, meals and passes in the school's time. */
@Named
@ViewScoped
public class ChildrenView implements Serializable {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final int RECENT = 30;

    /** A line of the meals or passes table, already formatted for the page. */
    public record Line(String when, String what, String detail) implements Serializable {
    }

    @Inject
    Children children;

    private List<Child> mine;
    private Child chosen;
    private List<Line> meals = List.of();
    private List<Line> passes = List.of();

    @PostConstruct
    void load() {
        mine = children.mine();
        if (!mine.isEmpty()) {
            choose(mine.get(0).cardId());
        }
    }

    public void choose(long cardId) {
        chosen = mine.stream().filter(child -> child.cardId() == cardId).findFirst().orElse(null);
        if (chosen == null) {
            return;
        }
        ZoneId zone = ZoneId.of(chosen.timeZone());
        meals = children.meals(cardId, RECENT).stream()
                .map(meal -> new Line(format(meal.at(), zone), meal.amount() + " ₽", String.join("; ", meal.dishes())))
                .toList();
        passes = children.passes(cardId, RECENT).stream()
                .map(pass -> new Line(format(pass.occurredAt(), zone),
                        pass.direction().name(), ""))
                .toList();
    }

    private static String format(Instant at, ZoneId zone) {
        return TIME.format(at.atZone(zone));
    }

    public List<Child> getMine() {
        return mine;
    }

    public Child getChosen() {
        return chosen;
    }

    public List<Line> getMeals() {
        return meals;
    }

    public List<Line> getPasses() {
        return passes;
    }
}
