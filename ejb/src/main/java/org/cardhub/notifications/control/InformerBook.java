package org.cardhub.notifications.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.cards.entity.Card;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.ledger.boundary.Ledger;
import org.cardhub.ledger.entity.Account;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.notifications.entity.InformerCharge;
import org.cardhub.notifications.entity.InformerState;
import org.cardhub.notifications.entity.SmsInformer;
import org.cardhub.notifications.entity.SmsInformerPrice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * Reads what the SMS informer of a child is and costs: its state for the parent's page, and the charge that connecting it
 * or the month's sweep would make now, in the school's time zone.
 */
@Dependent
public class InformerBook {

    @PersistenceContext
    EntityManager em;

    @EJB
    Ledger ledger;

    public InformerState state(Card card, Instant now) {
        SmsInformerPrice price = em.find(SmsInformerPrice.class, card.contractId());
        if (price == null) {
            return InformerState.notOffered();
        }
        LocalDate today = SmsInformerPrice.schoolDay(now, zoneOf(card));
        YearMonth month = YearMonth.from(today);
        SmsInformer informer = em.find(SmsInformer.class, card.id());
        boolean paid = informer != null && informer.isPaidFor(month);
        Amount due = paid ? Amount.zero(Currency.RUB) : price.forRestOfMonth(today);
        int days = price.daysPaidFrom(today);
        if (informer == null) {
            return new InformerState(true, price.monthly(), price.isProrated(), SmsInformer.Status.OFF, null, null, null, null,
                    null, null, month, due, days, today.lengthOfMonth());
        }
        return new InformerState(true, price.monthly(), price.isProrated(), informer.status(),
                informer.paidMonth().orElse(null), informer.suspendedMonth().orElse(null), informer.suspendReason(),
                informer.shortfall(), informer.lastCharge(), informer.lastChargedAt(), month, due, days,
                today.lengthOfMonth());
    }

    /**
     * The charge connecting (or resuming) the informer now makes: for the rest of the school's month, prorated or in
     * full as its programme says; none when the month is paid or the informer is on already.
     */
    public InformerCharge connection(Card card, Instant now) {
        LocalDate today = SmsInformerPrice.schoolDay(now, zoneOf(card));
        YearMonth month = YearMonth.from(today);
        SmsInformerPrice price = em.find(SmsInformerPrice.class, card.contractId());
        if (price == null) {
            return InformerCharge.nothing(InformerCharge.Kind.NOT_OFFERED, card.id(), month);
        }
        SmsInformer informer = em.find(SmsInformer.class, card.id());
        if (informer != null && informer.status() == SmsInformer.Status.ACTIVE) {
            return InformerCharge.nothing(InformerCharge.Kind.NOT_DUE, card.id(), month);
        }
        if (informer != null && informer.isPaidFor(month)) {
            return InformerCharge.nothing(InformerCharge.Kind.PAID_ALREADY, card.id(), month);
        }
        int days = price.daysPaidFrom(today);
        return charge(card, informer, month, price.forRestOfMonth(today), days);
    }

    /** The month's charge of a connected informer, in full, on its first day or later; none when paid or not connected. */
    public InformerCharge monthly(Card card, Instant now) {
        YearMonth month = YearMonth.from(SmsInformerPrice.schoolDay(now, zoneOf(card)));
        SmsInformerPrice price = em.find(SmsInformerPrice.class, card.contractId());
        if (price == null) {
            return InformerCharge.nothing(InformerCharge.Kind.NOT_OFFERED, card.id(), month);
        }
        SmsInformer informer = em.find(SmsInformer.class, card.id());
        if (informer == null || !informer.isDueFor(month)) {
            return InformerCharge.nothing(InformerCharge.Kind.NOT_DUE, card.id(), month);
        }
        return charge(card, informer, month, price.monthly(), month.lengthOfMonth());
    }

    private InformerCharge charge(Card card, SmsInformer informer, YearMonth month, Amount amount, int days) {
        int attempt = informer == null ? 0 : informer.attempt();
        return new InformerCharge(InformerCharge.Kind.CHARGE, card.id(), month, attempt,
                SmsInformer.chargeKey(card.id(), month, attempt), amount, days, mainPurseAvailable(card));
    }

    ZoneId zoneOf(Card card) {
        return em.find(Contract.class, card.contractId()).timeZone();
    }

    private Amount mainPurseAvailable(Card card) {
        return ledger.accountsOfCard(card.id()).stream()
                .filter(account -> account.purpose() == AccountPurpose.MAIN && account.currency() == Currency.RUB)
                .map(Account::available).findFirst().orElse(Amount.zero(Currency.RUB));
    }
}
