package org.cardhub.school.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardGroup;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.ledger.boundary.Ledger;
import org.cardhub.ledger.entity.Account;
import org.cardhub.limits.boundary.Allowances;
import org.cardhub.limits.entity.LimitDraft;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.school.entity.CardHeading;
import org.cardhub.school.entity.DayWindow;
import org.cardhub.school.entity.PupilCard;
import org.cardhub.school.entity.SpendableToday;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A pupil's card as the cabinet's home shows it: the school (the contract's organisation) and its time zone, the class
 * (the card's group), the purses, what can still be spent today (the limits' allowance) and today's summary.
 */
@Dependent
public class CardPanels {

    @PersistenceContext
    EntityManager em;

    @EJB
    Ledger ledger;

    @EJB
    Allowances allowances;

    @Inject
    DayReader days;

    @Inject
    PupilCards pupilCards;

    private final Clock clock = Clock.systemUTC();

    public PupilCard panel(Card card) {
        Contract contract = pupilCards.contractOf(card);
        ZoneId zone = contract.timeZone();
        LocalDate today = DayWindow.today(zone, clock);
        List<Account> accounts = ledger.accountsOfCard(card.id());
        DayReader.Purses purses = DayReader.Purses.of(accounts);
        Amount general = purses.general() == null ? null : purses.general().available();
        Amount canteen = purses.canteen() == null ? null : purses.canteen().available();
        Amount points = accounts.stream().filter(account -> account.currency() == Currency.POINTS).findFirst()
                .map(Account::available).orElse(null);
        SpendableToday spendable = SpendableToday.of(allowances.today(card.id(), LimitDraft.NONE), general, canteen);
        return new PupilCard(card.id(), card.holderName(), pupilCards.schoolOf(contract), classOf(card), card.panMasked(),
                card.status(), zone, general, canteen, points, spendable, today,
                days.summary(card.id(), zone, purses, today));
    }

    public CardHeading heading(Card card) {
        Contract contract = pupilCards.contractOf(card);
        return new CardHeading(card.id(), card.holderName(), pupilCards.schoolOf(contract), card.panMasked(), card.status(),
                contract.timeZone(), DayWindow.today(contract.timeZone(), clock));
    }

    private String classOf(Card card) {
        CardGroup group = card.groupId() == null ? null : em.find(CardGroup.class, card.groupId());
        return group == null ? null : group.name();
    }
}
