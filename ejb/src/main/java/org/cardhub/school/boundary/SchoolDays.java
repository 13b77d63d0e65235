package org.cardhub.school.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.callers.ObjectAccess;
import org.cardhub.callers.Role;
import org.cardhub.cards.entity.Card;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.ledger.boundary.Ledger;
import org.cardhub.school.control.CardPanels;
import org.cardhub.school.control.DayReader;
import org.cardhub.school.entity.CardHeading;
import org.cardhub.school.entity.DaySummary;
import org.cardhub.school.entity.DayWindow;
import org.cardhub.school.entity.SchoolDay;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A pupil's school days, in the school's time zone (the contract's): one day in full — passes, meals dish by dish,
 * trips, top-ups, transfers and charges, with the day's summary and the purses at its end — or a summary line for each
 * day of a stretch. A parent reads the cards of their children, a pupil their own (a replaced or closed card too:
 * its history stays readable); any other card is refused as if it did not exist.
 */
@Stateless
@RolesAllowed({Role.Names.PARENT, Role.Names.PUPIL})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class SchoolDays {

    /** The most days one call summarises: a page of the list by days. */
    public static final int MOST_DAYS = 62;

    @PersistenceContext
    EntityManager em;

    @EJB
    ObjectAccess access;

    @EJB
    Ledger ledger;

    @Inject
    DayReader days;

    @Inject
    CardPanels panels;

    private final Clock clock = Clock.systemUTC();

    /** Whose card it is, at which school, and the school's date now. */
    public CardHeading card(long cardId) {
        return panels.heading(readable(cardId));
    }

    public SchoolDay day(long cardId, LocalDate date) {
        Card card = readable(cardId);
        return days.day(card.id(), zoneOf(card), DayReader.Purses.of(ledger.accountsOfCard(card.id())), date,
                Instant.now(clock));
    }

    /** A summary for each day from {@code first} to {@code last}, the last first; at most {@value #MOST_DAYS} days. */
    public List<DaySummary> days(long cardId, LocalDate first, LocalDate last) {
        Card card = readable(cardId);
        LocalDate from = first.isBefore(last.minusDays(MOST_DAYS - 1)) ? last.minusDays(MOST_DAYS - 1) : first;
        return days.summaries(card.id(), DayReader.Purses.of(ledger.accountsOfCard(card.id())),
                new DayWindow(from, last, zoneOf(card)));
    }

    private Card readable(long cardId) {
        access.requireCard(cardId);
        Card card = em.find(Card.class, cardId);
        if (card == null) {
            throw new AccessDeniedException("card", cardId);
        }
        return card;
    }

    private ZoneId zoneOf(Card card) {
        return em.find(Contract.class, card.contractId()).timeZone();
    }
}
