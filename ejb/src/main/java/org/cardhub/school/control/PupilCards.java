package org.cardhub.school.control;

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
import org.cardhub.organizations.entity.Organization;
import org.cardhub.school.entity.ChildBalances;

import java.time.ZoneId;
import java.util.List;

/** A pupil's card with what a parent's pages show around it: the school by name, its time zone, the two purses. */
@Dependent
public class PupilCards {

    @PersistenceContext
    EntityManager em;

    @EJB
    Ledger ledger;

    public Contract contractOf(Card card) {
        return em.find(Contract.class, card.contractId());
    }

    /** The school's name, as its organisation is registered. */
    public String schoolOf(Contract contract) {
        Organization school = contract.organizationId() == null ? null : em.find(Organization.class, contract.organizationId());
        return school == null ? contract.number() : school.name();
    }

    public ZoneId zoneOf(Card card) {
        return contractOf(card).timeZone();
    }

    public ChildBalances balancesOf(Card card) {
        List<Account> purses = ledger.accountsOfCard(card.id());
        return new ChildBalances(card.id(), card.holderName(), card.panMasked(), schoolOf(contractOf(card)), card.status(),
                available(purses, AccountPurpose.MAIN), available(purses, AccountPurpose.CANTEEN));
    }

    /** What the card's purse has available now; zero when it has no such purse. */
    public Amount available(long cardId, AccountPurpose purpose) {
        return available(ledger.accountsOfCard(cardId), purpose);
    }

    /** Money reserved on any of the card's purses (an open authorisation, a meal pre-order). */
    public boolean holdsReserved(long cardId) {
        return ledger.accountsOfCard(cardId).stream().anyMatch(purse -> purse.held().isPositive());
    }

    private static Amount available(List<Account> purses, AccountPurpose purpose) {
        return purses.stream().filter(purse -> purse.purpose() == purpose && purse.currency() == Currency.RUB)
                .findFirst().map(Account::available).orElse(Amount.zero(Currency.RUB));
    }
}
