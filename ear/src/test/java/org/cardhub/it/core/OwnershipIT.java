package org.cardhub.it.core;

import jakarta.ejb.EJB;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.cards.boundary.Cards;
import org.cardhub.cards.entity.BlockReason;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardForm;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.contracts.boundary.Contracts;
import org.cardhub.contracts.entity.BalanceModel;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.Funding;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.limits.boundary.Limits;
import org.cardhub.limits.entity.LimitMeasure;
import org.cardhub.limits.entity.LimitPeriod;
import org.cardhub.organizations.boundary.Organizations;
import org.cardhub.payments.boundary.Payments;
import org.cardhub.cards.entity.CardRef;
import org.cardhub.payments.entity.PurseRef;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Every object is checked against who asks: a parent reaches only their own children's cards, a company's
 * people only their organisation's contracts — and the refusal looks the same as "no such thing".
 */
@ExtendWith(ArquillianExtension.class)
class OwnershipIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return CoreTestDeployment.shared();
    }

    @EJB
    BackOffice backOffice;

    @EJB
    AsParent parent;

    @EJB
    AsOtherParent otherParent;

    @EJB
    AsFleetManager fleet;

    @EJB
    Fixtures fixtures;

    @EJB
    Organizations organizations;

    @EJB
    Contracts contracts;

    @EJB
    Cards cards;

    @EJB
    Limits limits;

    @EJB
    Payments payments;

    private Card firstChild;
    private Card secondChild;
    private Card otherChild;

    @BeforeEach
    void aSchoolWithThreePupils() {
        long school = backOffice.call(() -> fixtures.company("Europe/Moscow"));
        Contract contract = backOffice.call(() -> contracts.activate(contracts.openSchool(school).id(), "signed"));
        List<Card> pupils = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.PUPIL, 3));
        firstChild = pupils.get(0);
        secondChild = pupils.get(1);
        otherChild = pupils.get(2);
        backOffice.run(() -> {
            cards.addGuardian(firstChild.id(), "parent");
            cards.addGuardian(secondChild.id(), "parent");
            cards.addGuardian(otherChild.id(), "parent2");
        });
        backOffice.call(() -> fixtures.topUpCard(firstChild.id(), "300.00"));
    }

    @Test
    void aParentSeesAndManagesOnlyTheirOwnChildren() throws Exception {
        assertThat(parent.call(() -> cards.find(firstChild.id())).id()).isEqualTo(firstChild.id());
        assertThat(parent.call(() -> limits.addLimit(firstChild.contractId(), firstChild.id(), LimitMeasure.MONEY,
                LimitPeriod.DAY, 200_00, List.of())).id()).isNotNull();

        assertDenied(() -> parent.call(() -> cards.find(otherChild.id())));
        assertDenied(() -> parent.call(() -> cards.block(otherChild.id(), BlockReason.TEMPORARY)));
        assertDenied(() -> parent.call(() -> limits.addLimit(otherChild.contractId(), otherChild.id(),
                LimitMeasure.MONEY, LimitPeriod.DAY, 1, List.of())));
        assertDenied(() -> parent.call(() -> contracts.find(otherChild.contractId())));
        assertDenied(() -> otherParent.call(() -> cards.history(firstChild.id())));
        assertThat(backOffice.call(() -> cards.find(otherChild.id())).status()).isEqualTo(CardStatus.ACTIVE);
    }

    @Test
    void aParentMovesMoneyBetweenTheirChildrenButNotToOrFromOthers() throws Exception {
        var between = parent.call(() -> payments.transfer(Fixtures.key("ui:parent"), PurseRef.ofCard(CardRef.id(firstChild.id())),
                PurseRef.ofCard(CardRef.id(secondChild.id())), Amount.parse("100.00", Currency.RUB), null));
        assertThat(between.isApproved()).isTrue();

        assertDenied(() -> parent.call(() -> payments.transfer(Fixtures.key("ui:parent"),
                PurseRef.ofCard(CardRef.id(firstChild.id())), PurseRef.ofCard(CardRef.id(otherChild.id())),
                Amount.parse("1.00", Currency.RUB), null)));
        assertDenied(() -> otherParent.call(() -> payments.transfer(Fixtures.key("ui:parent2"),
                PurseRef.ofCard(CardRef.id(firstChild.id())), PurseRef.ofCard(CardRef.id(otherChild.id())),
                Amount.parse("1.00", Currency.RUB), null)));
    }

    @Test
    void aCompanySeesOnlyItsOwnContractsAndCards() throws Exception {
        long own = backOffice.call(() -> fixtures.company("Europe/Moscow"));
        long other = backOffice.call(() -> fixtures.company("Europe/Moscow"));
        backOffice.run(() -> organizations.addMember(own, "fleet"));
        Contract ownContract = backOffice.call(() -> fixtures.activeFuelContract(own, BalanceModel.POOLED, Funding.PREPAID, "0"));
        Contract otherContract = backOffice.call(() -> fixtures.activeFuelContract(other, BalanceModel.POOLED, Funding.PREPAID, "0"));
        Card otherCard = backOffice.call(() -> fixtures.activeCards(otherContract.id(), HolderKind.VEHICLE, 1)).get(0);

        assertThat(fleet.call(() -> contracts.find(ownContract.id())).number()).isEqualTo(ownContract.number());
        Card ordered = fleet.call(() -> cards.order(ownContract.id(), CardForm.VIRTUAL,
                new Card.Holder(HolderKind.DRIVER, "Пётр Водителев", null)).card());
        assertThat(fleet.call(() -> cards.find(ordered.id())).status()).isEqualTo(CardStatus.ORDERED);

        assertDenied(() -> fleet.call(() -> contracts.find(otherContract.id())));
        assertDenied(() -> fleet.call(() -> cards.find(otherCard.id())));
        assertDenied(() -> fleet.call(() -> cards.block(otherCard.id(), BlockReason.STOLEN)));
        assertDenied(() -> fleet.call(() -> cards.order(otherContract.id(), CardForm.PLASTIC,
                new Card.Holder(HolderKind.VEHICLE, "А001АА77", null))));
        assertThat(fleet.call(() -> contracts.findByNumber(otherContract.number()))).isEmpty();
        assertDenied(() -> fleet.call(() -> cards.find(firstChild.id())));
    }

    private static void assertDenied(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof AccessDeniedException) {
                return;
            }
        }
        throw new AssertionError("expected the caller to be refused, got " + thrown, thrown);
    }
}
