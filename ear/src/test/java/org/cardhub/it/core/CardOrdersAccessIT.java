package org.cardhub.it.core;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.callers.CompanyRight;
import org.cardhub.callers.RightMissingException;
import org.cardhub.cards.boundary.CardOrderQueue;
import org.cardhub.cards.boundary.CardOrders;
import org.cardhub.cards.boundary.OrderedCard;
import org.cardhub.cards.boundary.StockBatches;
import org.cardhub.cards.entity.CardForm;
import org.cardhub.cards.entity.CardOrderStatus;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.cards.entity.Delivery;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.cards.entity.Vehicle;
import org.cardhub.contracts.entity.BalanceModel;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.Funding;
import org.cardhub.it.core.CardOrderFixtures.Batch;
import org.cardhub.organizations.boundary.Organizations;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who reaches which card order, asked of the boundaries: each person against each action on a company's orders. The
 * administrator and the back office do everything; a manager limited to a card group is refused the orders (they are a
 * matter of all the contract's cards) and does not see their cards; another company's administrator finds nothing, as
 * if nothing existed; a parent has no way in; nobody but the back office issues, delivers or touches the stock. A
 * refused cell changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class CardOrdersAccessIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return CoreTestDeployment.shared();
    }

    enum Who { ADMINISTRATOR, GROUP_MANAGER, GROUP_BLOCKER, OTHER_COMPANY, PARENT, BACK_OFFICE }

    enum Action { LIST, READ, CARDS, PLACE, CANCEL, ACTIVATE, ACTIVATE_ALL }

    enum Outcome { DONE, NOT_FOUND, RIGHT_MISSING, NO_ROLE }

    /** A company's contract with a submitted order and a delivered one whose two cards await activation. */
    record World(long company, Contract contract, long submitted, long delivered, List<Long> waitingCards) {
    }

    @EJB BackOffice backOffice;
    @EJB AsFleetManager administrator;
    @EJB AsGroupManager groupManager;
    @EJB AsCardBlocker groupBlocker;
    @EJB AsOtherCompany otherCompany;
    @EJB AsParent parent;
    @EJB Fixtures fixtures;
    @EJB CardOrderFixtures orderFixtures;
    @EJB Organizations organizations;
    @EJB CardOrders cardOrders;
    @EJB CardOrderQueue queue;
    @EJB StockBatches stock;

    @Test
    void eachPersonReachesTheOrdersTheyMayAndARefusedCellChangesNothing() throws Exception {
        World world = world();
        List<String> wrong = new ArrayList<>();
        for (Who who : List.of(Who.GROUP_MANAGER, Who.GROUP_BLOCKER, Who.OTHER_COMPANY, Who.PARENT)) {
            for (Action action : Action.values()) {
                check(who, action, world, wrong);
            }
        }
        assertThat(wrong).as("cells answered otherwise than expected").isEmpty();
        assertUnchanged(world);

        for (Who who : List.of(Who.ADMINISTRATOR, Who.BACK_OFFICE)) {
            World fresh = world();
            for (Action action : Action.values()) {
                check(who, action, fresh, wrong);
            }
            assertThat(backOffice.call(() -> cardOrders.order(fresh.submitted())).order().status()).isEqualTo(CardOrderStatus.CANCELLED);
            assertThat(backOffice.call(() -> cardOrders.cards(fresh.delivered(), 0, 10))).extracting(OrderedCard::status)
                    .containsOnly(CardStatus.ACTIVE);
        }
        assertThat(wrong).as("cells answered otherwise than expected").isEmpty();
    }

    @Test
    void onlyTheBackOfficeIssuesDeliversAndKeepsTheStock() throws Exception {
        World world = world();
        Batch batch = backOffice.call(() -> orderFixtures.freshBatch(3));
        for (Who who : List.of(Who.ADMINISTRATOR, Who.OTHER_COMPANY, Who.PARENT)) {
            assertThat(outcome(who, () -> queue.issue(world.submitted(), batch.id()))).as(who + " issue").isEqualTo(Outcome.NO_ROLE);
            assertThat(outcome(who, () -> queue.deliver(world.submitted()))).as(who + " deliver").isEqualTo(Outcome.NO_ROLE);
            assertThat(outcome(who, () -> queue.page(null, 0, 10))).as(who + " queue").isEqualTo(Outcome.NO_ROLE);
            assertThat(outcome(who, () -> stock.page(0, 10))).as(who + " stock").isEqualTo(Outcome.NO_ROLE);
            assertThat(outcome(who, () -> stock.add(batch.number(0), batch.number(2), LocalDate.of(2026, 1, 10))))
                    .as(who + " add a batch").isEqualTo(Outcome.NO_ROLE);
        }
        assertThat(backOffice.call(() -> orderFixtures.remaining(batch.id()))).isEqualTo(3);
        assertUnchanged(world);
    }

    private void check(Who who, Action action, World world, List<String> wrong) throws Exception {
        Outcome expected = expected(who, action);
        Outcome actual = outcome(who, attempt(action, world));
        if (actual != expected) {
            wrong.add(who + " " + action + ": " + actual + ", expected " + expected);
        }
    }

    private static Outcome expected(Who who, Action action) {
        return switch (who) {
            case ADMINISTRATOR, BACK_OFFICE -> Outcome.DONE;
            case OTHER_COMPANY -> Outcome.NOT_FOUND;
            case PARENT -> Outcome.NO_ROLE;
            // the new cards belong to no group, so a group's manager does not see them at all
            case GROUP_MANAGER, GROUP_BLOCKER -> action == Action.ACTIVATE ? Outcome.NOT_FOUND : Outcome.RIGHT_MISSING;
        };
    }

    private Callable<Object> attempt(Action action, World world) {
        return switch (action) {
            case LIST -> () -> cardOrders.orders(world.contract().id(), 0, 10);
            case READ -> () -> cardOrders.order(world.submitted());
            case CARDS -> () -> cardOrders.cards(world.delivered(), 0, 10);
            case PLACE -> () -> cardOrders.place(world.contract().id(), CardForm.VIRTUAL, 1,
                    List.of(new Vehicle(null, "Х001ХХ77", null, null)), Delivery.nowhere());
            case CANCEL -> () -> cardOrders.cancel(world.submitted(), "matrix");
            case ACTIVATE -> () -> cardOrders.activate(world.waitingCards().get(0));
            case ACTIVATE_ALL -> () -> cardOrders.activateAll(world.delivered());
        };
    }

    private Outcome outcome(Who who, Callable<?> work) throws Exception {
        try {
            switch (who) {
                case ADMINISTRATOR -> administrator.call(work);
                case GROUP_MANAGER -> groupManager.call(work);
                case GROUP_BLOCKER -> groupBlocker.call(work);
                case OTHER_COMPANY -> otherCompany.call(work);
                case PARENT -> parent.call(work);
                case BACK_OFFICE -> backOffice.call(work);
            }
            return Outcome.DONE;
        } catch (Exception refused) {
            List<Throwable> causes = Stream.iterate((Throwable) refused, link -> link != null, Throwable::getCause).toList();
            if (causes.stream().anyMatch(AccessDeniedException.class::isInstance)) {
                return Outcome.NOT_FOUND;
            }
            if (causes.stream().anyMatch(RightMissingException.class::isInstance)) {
                return Outcome.RIGHT_MISSING;
            }
            if (causes.stream().anyMatch(EJBAccessException.class::isInstance)) {
                return Outcome.NO_ROLE;
            }
            throw refused;
        }
    }

    private void assertUnchanged(World world) {
        assertThat(backOffice.call(() -> cardOrders.order(world.submitted())).order().status()).isEqualTo(CardOrderStatus.SUBMITTED);
        assertThat(backOffice.call(() -> cardOrders.cards(world.delivered(), 0, 10))).extracting(OrderedCard::status)
                .containsOnly(CardStatus.ISSUED);
        assertThat(backOffice.call(() -> cardOrders.countOrders(world.contract().id()))).isEqualTo(2);
    }

    /**
     * A new company (its administrator {@code fleet}; {@code fleet2} and {@code fleet4} limited to one card group) with
     * its orders, and another company with {@code fleet3} as its administrator.
     */
    private World world() throws Exception {
        long company = backOffice.call(() -> fixtures.company("Europe/Moscow"));
        backOffice.run(() -> organizations.addMember(company, "fleet"));
        Contract contract = backOffice.call(() -> fixtures.activeFuelContract(company, BalanceModel.POOLED, Funding.PREPAID, "0"));
        long grouped = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.VEHICLE, 1)).get(0).id();
        long group = backOffice.call(() -> fixtures.cardGroup(contract.id(), "Группа A", grouped));
        backOffice.run(() -> orderFixtures.groupPerson(company, "fleet2", group,
                EnumSet.of(CompanyRight.CHANGE_LIMITS, CompanyRight.BLOCK_CARDS)));
        backOffice.run(() -> orderFixtures.groupPerson(company, "fleet4", group, EnumSet.of(CompanyRight.BLOCK_CARDS)));
        long other = backOffice.call(() -> fixtures.company("Asia/Vladivostok"));
        backOffice.run(() -> organizations.addMember(other, "fleet3"));

        long submitted = administrator.call(() -> cardOrders.place(contract.id(), CardForm.PLASTIC, 1, List.of(),
                Delivery.pickUp("MSK-CENTER"))).order().id();
        long delivered = administrator.call(() -> cardOrders.place(contract.id(), CardForm.PLASTIC, 2, List.of(),
                Delivery.courier("Москва, ул. Ленина, д. 1"))).order().id();
        Batch batch = backOffice.call(() -> orderFixtures.freshBatch(2));
        backOffice.call(() -> queue.issue(delivered, batch.id()));
        backOffice.call(() -> queue.deliver(delivered));
        List<Long> waiting = backOffice.call(() -> cardOrders.cards(delivered, 0, 10)).stream().map(OrderedCard::cardId).toList();
        return new World(company, contract, submitted, delivered, waiting);
    }
}
