package org.cardhub.pupil;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.school.boundary.SchoolCards;
import org.cardhub.school.boundary.SchoolDays;
import org.cardhub.school.entity.DayEvent;
import org.cardhub.school.entity.PupilCard;
import org.cardhub.school.entity.SchoolDay;
import org.cardhub.terminals.boundary.TerminalPlaces;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pupil's home: their own card (or cards) with the balances, what can still be spent today, bonus points where
 * the programme keeps them, and today's school day as the parents see it, with a link to any other day.
 */
@Named
@ViewScoped
public class PupilHomeView implements Serializable {

    /** A card and its school day today. */
    public record OwnCard(PupilCard card, SchoolDay today) implements Serializable {
    }

    @Inject
    SchoolCards cards;

    @Inject
    SchoolDays days;

    @Inject
    TerminalPlaces terminalPlaces;

    private List<OwnCard> mine = List.of();
    private Map<String, String> places = new HashMap<>();

    @PostConstruct
    void load() {
        mine = cards.mine().stream().map(card -> new OwnCard(card, days.day(card.cardId(), card.schoolToday()))).toList();
        places = new HashMap<>(terminalPlaces.of(mine.stream().flatMap(own -> own.today().events().stream())
                .map(DayEvent::terminalId).toList()));
    }

    public List<OwnCard> getMine() {
        return mine;
    }

    public Map<String, String> getPlaces() {
        return places;
    }
}
