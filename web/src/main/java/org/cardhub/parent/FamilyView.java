package org.cardhub.parent;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.school.boundary.SchoolCards;
import org.cardhub.school.entity.CardHeading;
import org.cardhub.school.entity.PupilCard;

import java.io.Serializable;
import java.util.List;

/**
 * The parent's home: a panel for each child's card (school, class, card, state, balances, what can still be spent
 * today, today's summary in the school's zone, and links to everything done with the card), the cards used before
 * under «Прежние карты», and how to link a child when none is linked yet. Read once per visit.
 */
@Named
@ViewScoped
public class FamilyView implements Serializable {

    @Inject
    SchoolCards cards;

    private List<PupilCard> children = List.of();
    private List<CardHeading> former = List.of();

    @PostConstruct
    void load() {
        children = cards.ofMyChildren();
        former = cards.formerOfMyChildren();
    }

    public List<PupilCard> getChildren() {
        return children;
    }

    public List<CardHeading> getFormer() {
        return former;
    }
}
