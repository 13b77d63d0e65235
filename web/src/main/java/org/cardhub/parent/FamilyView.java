package org.cardhub.parent;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.lessons.boundary.FamilyLessons;
import org.cardhub.lessons.boundary.LessonOverview;
import org.cardhub.school.boundary.SchoolCards;
import org.cardhub.school.entity.CardHeading;
import org.cardhub.school.entity.PupilCard;

import java.io.Serializable;
import java.util.List;

/**
 * The parent's home: a panel for each child's card (school, class, card, state, balances, what can still be spent
 * today, today's summary in the school's zone, and links to everything done with the card), the cards used before
 * under «Прежние карты», the children's lessons at education centres (what ends soon, is due or in debt, linked to
 * «Занятия»), and how to link a child when none is linked yet. Read once per visit.
 */
@Named
@ViewScoped
public class FamilyView implements Serializable {

    @Inject
    SchoolCards cards;

    @Inject
    FamilyLessons lessons;

    private List<PupilCard> children = List.of();
    private List<CardHeading> former = List.of();
    private List<LessonsAtCentre> atCentres = List.of();

    /** A child at an education centre as the home shows it: what ends soon, what is due, the lessons in debt. */
    public record LessonsAtCentre(long cardId, String name, String centre, int endingSoon, int paymentDue, int inDebt)
            implements Serializable {

        public boolean isAllWell() {
            return endingSoon == 0 && paymentDue == 0 && inDebt == 0;
        }
    }

    @PostConstruct
    void load() {
        children = cards.ofMyChildren();
        former = cards.formerOfMyChildren();
        atCentres = lessons.children().stream().map(child -> {
            LessonOverview overview = lessons.overview(child.cardId());
            return new LessonsAtCentre(child.cardId(), child.name(), child.centre(), overview.endingSoon().size(),
                    overview.paymentDue().size(), overview.lessonsInDebt().size());
        }).toList();
    }

    public List<LessonsAtCentre> getAtCentres() {
        return atCentres;
    }

    public List<PupilCard> getChildren() {
        return children;
    }

    public List<CardHeading> getFormer() {
        return former;
    }
}
