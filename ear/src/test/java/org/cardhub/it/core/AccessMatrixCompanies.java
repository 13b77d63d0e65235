package org.cardhub.it.core;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.cardhub.callers.CardScope;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardRef;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.contracts.entity.BalanceModel;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.Funding;
import org.cardhub.fleet.boundary.CompanyUsers;
import org.cardhub.it.core.AccessMatrix.Target;
import org.cardhub.it.core.AccessMatrix.What;
import org.cardhub.it.core.AccessMatrix.Who;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.organizations.boundary.Organizations;
import org.cardhub.payments.boundary.Payments;
import org.cardhub.payments.entity.Outcome;
import org.cardhub.payments.entity.PurseRef;
import org.cardhub.payments.entity.Spend;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The companies of the access matrix ({@link CorporateAccessMatrix}), made through the real boundaries; called through {@link BackOffice}. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AccessMatrixCompanies {

    @EJB
    Fixtures fixtures;

    @EJB
    Organizations organizations;

    @EJB
    CompanyUsers companyUsers;

    @EJB
    Payments payments;

    /**
     * The company (a distributed contract, card A in group A and card B in group B) with its four people, and another
     * company (its card in a group, and a second, empty group) with its administrator. Each card has money, a move
     * onto it from the contract's account and a purchase of a product of its own.
     */
    public Map<What, Target> make() {
        long company = fixtures.company("Europe/Moscow");
        Contract contract = fundedContract(company);
        List<Card> fleet = fixtures.activeCards(contract.id(), HolderKind.VEHICLE, 2);
        long groupA = fixtures.cardGroup(contract.id(), "Группа A", fleet.get(0).id());
        long groupB = fixtures.cardGroup(contract.id(), "Группа B", fleet.get(1).id());
        member(company, "fleet", CardScope.ALL, Who.ADMINISTRATOR);
        member(company, "fleet2", CardScope.ofGroups(Set.of(groupA)), Who.GROUP_MANAGER);
        member(company, "fleet4", CardScope.ofGroups(Set.of(groupA)), Who.GROUP_BLOCKER);
        member(company, "fleet5", CardScope.ofGroups(Set.of(groupA)), Who.GROUP_TREASURER);

        long other = fixtures.company("Asia/Vladivostok");
        Contract otherContract = fundedContract(other);
        Card othersCard = fixtures.activeCards(otherContract.id(), HolderKind.DRIVER, 1).get(0);
        long groupC = fixtures.cardGroup(otherContract.id(), "Группа C", othersCard.id());
        long groupD = fixtures.cardGroup(otherContract.id(), "Группа D");
        member(other, "fleet3", CardScope.ALL, Who.OTHER_COMPANY);

        Target a = ready(company, contract, fleet.get(0), groupA, "AI-92");
        Target b = ready(company, contract, fleet.get(1), groupB, "AI-95");
        Target c = ready(other, otherContract, othersCard, groupC, "DT");
        Map<What, Target> targets = new EnumMap<>(What.class);
        targets.putAll(Map.of(What.CARD_IN_GROUP_A, a, What.GROUP_A, a, What.CARD_IN_GROUP_B, b, What.GROUP_B, b,
                What.CONTRACT_OF_THE_COMPANY, a.withGroup(groupB), What.USERS_OF_THE_COMPANY, a,
                What.CARD_OF_OTHER_COMPANY, c, What.GROUP_OF_OTHER_COMPANY, c,
                What.CONTRACT_OF_OTHER_COMPANY, c.withGroup(groupD), What.USERS_OF_OTHER_COMPANY, c));
        return targets;
    }

    private Contract fundedContract(long company) {
        Contract contract = fixtures.activeFuelContract(company, BalanceModel.DISTRIBUTED, Funding.PREPAID, "0");
        fixtures.topUpContract(contract.number(), "10000.00");
        return contract;
    }

    private void member(long company, String subject, CardScope scope, Who who) {
        organizations.addMember(company, subject);
        companyUsers.change(company, subject, scope, who.rights);
    }

    private Target ready(long company, Contract contract, Card card, long group, String product) {
        fixtures.topUpCard(card.id(), "1000.00");
        approved(payments.transfer(Fixtures.key("matrix"), PurseRef.ofContract(contract.number()),
                PurseRef.ofCard(CardRef.id(card.id())), Amount.parse("10.00", Currency.RUB), "matrix"));
        Outcome bought = approved(payments.purchase(Fixtures.key("terminal:matrix"), new Spend(CardRef.id(card.id()),
                Amount.parse("55.00", Currency.RUB), Amount.parse("1.000", Currency.LITRE), product, "FUEL", "AZS-17",
                "RU-MOW", Instant.now()), "matrix"));
        return new Target(company, contract.id(), contract.number(), card.id(), card.panMasked(), group, bought.entryId(),
                product);
    }

    private static Outcome approved(Outcome outcome) {
        if (!outcome.isApproved()) {
            throw new IllegalStateException(outcome.code() + ": " + outcome.message());
        }
        return outcome;
    }
}
