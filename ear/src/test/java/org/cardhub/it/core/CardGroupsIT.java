package org.cardhub.it.core;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditEvent;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.callers.RightMissingException;
import org.cardhub.cards.boundary.CardGroups;
import org.cardhub.cards.boundary.CardUse;
import org.cardhub.cards.boundary.GroupSummary;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.cards.entity.InvalidCardOperationException;
import org.cardhub.cards.entity.InvalidCardOperationException.Code;
import org.cardhub.cards.entity.Vehicle;
import org.cardhub.contracts.entity.BalanceModel;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.Funding;
import org.cardhub.fleet.boundary.FleetCards;
import org.cardhub.fleet.entity.CardFilter;
import org.cardhub.fleet.entity.CardOrder;
import org.cardhub.fleet.entity.CardRow;
import org.cardhub.organizations.boundary.Organizations;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A fleet manager arranges a contract's cards in groups and says what each card is for, through {@code CardGroups}:
 * all or nothing, each move audited, another company's groups unknown, a manager limited to a group seeing only it.
 */
@ExtendWith(ArquillianExtension.class)
class CardGroupsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return CoreTestDeployment.shared();
    }

    @EJB
    BackOffice backOffice;

    @EJB
    AsFleetManager fleet;

    @EJB
    AsParent parent;

    @EJB
    Fixtures fixtures;

    @EJB
    Organizations organizations;

    @EJB
    CardGroups groups;

    @EJB
    FleetCards fleetCards;

    @EJB
    AuditLog audit;

    @Resource(lookup = "jdbc/cardhub")
    DataSource dataSource;

    @Test
    void theManagerCreatesAGroupMovesCardsInRenamesItMovesThemOutAndDeletesItEachMoveAudited() throws Exception {
        Contract contract = ownContract();
        List<Card> cards = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.VEHICLE, 3));
        List<Long> firstTwo = List.of(cards.get(0).id(), cards.get(1).id());

        GroupSummary delivery = fleet.call(() -> groups.create(contract.id(), "  Доставка "));
        assertThat(delivery.name()).isEqualTo("Доставка");
        assertThat(fleet.call(() -> groups.mayArrange(contract.id()))).isTrue();
        assertThat(fleet.call(() -> groups.move(contract.id(), firstTwo, delivery.id()))).isEqualTo(2);
        assertThat(fleet.call(() -> groups.move(contract.id(), firstTwo, delivery.id()))).as("already there").isZero();

        assertThat(fleet.call(() -> groups.groups(contract.id())))
                .containsExactly(new GroupSummary(delivery.id(), contract.id(), "Доставка", 2));
        assertThat(fleet.call(() -> fleetCards.page(contract.id(), new CardFilter(null, null, null, delivery.id()),
                CardOrder.BY_HOLDER, 0, 20))).extracting(CardRow::id).containsExactlyElementsOf(firstTwo);
        assertThat(backOffice.call(() -> audit.of(AuditSubject.CARD, cards.get(0).id())))
                .filteredOn(event -> event.action().equals("card.group"))
                .extracting(AuditEvent::actor, AuditEvent::details).containsExactly(
                        tuple("fleet", "— → «Доставка»"));

        GroupSummary renamed = fleet.call(() -> groups.rename(delivery.id(), "Доставка, юг"));
        assertThat(renamed).isEqualTo(new GroupSummary(delivery.id(), contract.id(), "Доставка, юг", 2));
        assertRefused(() -> fleet.call(() -> { groups.delete(delivery.id()); return null; }), Code.GROUP_NOT_EMPTY);

        assertThat(fleet.call(() -> groups.move(contract.id(), firstTwo, null))).isEqualTo(2);
        assertThat(backOffice.call(() -> audit.of(AuditSubject.CARD, cards.get(1).id())))
                .filteredOn(event -> event.action().equals("card.group")).extracting(AuditEvent::details)
                .containsExactly("— → «Доставка»", "«Доставка, юг» → —");
        fleet.call(() -> { groups.delete(delivery.id()); return null; });
        assertThat(fleet.call(() -> groups.groups(contract.id()))).isEmpty();
    }

    @Test
    void aTakenOrBlankNameAStrangeCardOrAnotherContractsGroupIsRefusedAndNothingMoves() throws Exception {
        long company = ownCompany();
        Contract contract = backOffice.call(() -> fixtures.activeFuelContract(company, BalanceModel.POOLED, Funding.PREPAID, "0"));
        Contract second = backOffice.call(() -> fixtures.activeFuelContract(company, BalanceModel.POOLED, Funding.PREPAID, "0"));
        List<Card> cards = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.VEHICLE, 2));
        Card ofSecond = backOffice.call(() -> fixtures.activeCards(second.id(), HolderKind.VEHICLE, 1)).get(0);
        GroupSummary service = fleet.call(() -> groups.create(contract.id(), "Сервис"));
        GroupSummary secondsGroup = fleet.call(() -> groups.create(second.id(), "Сервис"));

        assertRefused(() -> fleet.call(() -> groups.create(contract.id(), "сервис ")), Code.GROUP_NAME_TAKEN);
        assertRefused(() -> fleet.call(() -> groups.create(contract.id(), "  ")), Code.GROUP_NAME_FORMAT);
        GroupSummary other = fleet.call(() -> groups.create(contract.id(), "Маршрут 2"));
        assertRefused(() -> fleet.call(() -> groups.rename(other.id(), "СЕРВИС")), Code.GROUP_NAME_TAKEN);

        assertRefusedAsUnknown(() -> fleet.call(() -> groups.move(contract.id(),
                List.of(cards.get(0).id(), ofSecond.id()), service.id())));
        assertRefused(() -> fleet.call(() -> groups.move(contract.id(), List.of(cards.get(1).id()), secondsGroup.id())),
                Code.GROUP_OF_OTHER_CONTRACT);

        assertThat(fleet.call(() -> groups.groups(contract.id()))).extracting(GroupSummary::name, GroupSummary::cards)
                .containsExactly(tuple("Маршрут 2", 0L),
                        tuple("Сервис", 0L));
        assertThat(fleet.call(() -> groups.use(cards.get(0).id())).groupId()).as("all or nothing").isNull();
    }

    @Test
    void anotherCompanysGroupsAndCardsAreUnknownToTheManagerAndStayAsTheyWere() throws Exception {
        Contract own = ownContract();
        Card ownCard = backOffice.call(() -> fixtures.activeCards(own.id(), HolderKind.VEHICLE, 1)).get(0);
        long stranger = backOffice.call(() -> fixtures.company("Europe/Moscow"));
        Contract theirs = backOffice.call(() -> fixtures.activeFuelContract(stranger, BalanceModel.POOLED, Funding.PREPAID, "0"));
        Card theirCard = backOffice.call(() -> fixtures.activeCards(theirs.id(), HolderKind.VEHICLE, 1)).get(0);
        GroupSummary theirGroup = backOffice.call(() -> groups.create(theirs.id(), "Склад"));
        backOffice.call(() -> groups.move(theirs.id(), List.of(theirCard.id()), theirGroup.id()));

        assertRefusedAsUnknown(() -> fleet.call(() -> groups.groups(theirs.id())));
        assertRefusedAsUnknown(() -> fleet.call(() -> groups.create(theirs.id(), "Чужая")));
        assertRefusedAsUnknown(() -> fleet.call(() -> groups.rename(theirGroup.id(), "Моя")));
        assertRefusedAsUnknown(() -> fleet.call(() -> { groups.delete(theirGroup.id()); return null; }));
        assertRefusedAsUnknown(() -> fleet.call(() -> groups.move(own.id(), List.of(ownCard.id()), theirGroup.id())));
        assertRefusedAsUnknown(() -> fleet.call(() -> groups.move(theirs.id(), List.of(theirCard.id()), null)));
        assertRefusedAsUnknown(() -> fleet.call(() -> groups.use(theirCard.id())));
        assertRefusedAsUnknown(() -> fleet.call(() -> groups.describe(theirCard.id(),
                new Vehicle("Чужой", null, null, null))));

        assertThat(backOffice.call(() -> groups.groups(theirs.id())))
                .containsExactly(new GroupSummary(theirGroup.id(), theirs.id(), "Склад", 1));
        CardUse untouched = backOffice.call(() -> groups.use(theirCard.id()));
        assertThat(untouched.groupId()).isEqualTo(theirGroup.id());
        assertThat(untouched.vehicle().model()).isNull();
    }

    @Test
    void aManagerLimitedToOneGroupSeesOnlyItAndItsCardsAndMayNeitherArrangeNorSeeTheOthers() throws Exception {
        long company = ownCompany();
        Contract contract = backOffice.call(() -> fixtures.activeFuelContract(company, BalanceModel.POOLED, Funding.PREPAID, "0"));
        List<Card> cards = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.VEHICLE, 4));
        GroupSummary service = backOffice.call(() -> groups.create(contract.id(), "Сервис"));
        GroupSummary delivery = backOffice.call(() -> groups.create(contract.id(), "Доставка"));
        backOffice.call(() -> groups.move(contract.id(), List.of(cards.get(0).id(), cards.get(1).id()), service.id()));
        backOffice.call(() -> groups.move(contract.id(), List.of(cards.get(2).id()), delivery.id()));
        limitFleetTo(company, service.id());

        assertThat(fleet.call(() -> groups.groups(contract.id())))
                .containsExactly(new GroupSummary(service.id(), contract.id(), "Сервис", 2));
        assertThat(fleet.call(() -> fleetCards.page(contract.id(), CardFilter.NONE, CardOrder.BY_HOLDER, 0, 20)))
                .extracting(CardRow::id).containsExactlyInAnyOrder(cards.get(0).id(), cards.get(1).id());
        assertThat(fleet.call(() -> groups.mayArrange(contract.id()))).isFalse();
        assertThat(fleet.call(() -> groups.use(cards.get(0).id())).group()).isEqualTo("Сервис");

        assertCausedBy(catchThrowable(() -> fleet.call(() -> groups.create(contract.id(), "Моя"))), RightMissingException.class);
        assertCausedBy(catchThrowable(() -> fleet.call(() -> { groups.delete(service.id()); return null; })),
                RightMissingException.class);
        assertCausedBy(catchThrowable(() -> fleet.call(() -> groups.move(contract.id(), List.of(cards.get(0).id()), null))),
                RightMissingException.class);
        assertRefusedAsUnknown(() -> fleet.call(() -> groups.rename(delivery.id(), "Моя")));
        assertRefusedAsUnknown(() -> fleet.call(() -> groups.use(cards.get(2).id())));
        assertRefusedAsUnknown(() -> fleet.call(() -> groups.use(cards.get(3).id())));

        backOffice.call(() -> groups.move(contract.id(), List.of(cards.get(0).id(), cards.get(1).id()), null));
        assertRefused(() -> backOffice.run(() -> groups.delete(service.id())), Code.GROUP_GIVEN_TO_USERS);
    }

    @Test
    void theManagerSaysWhatACardIsForAndTheCardsTableFindsItByPlateButOnlyWithTheRightToBlockCards() throws Exception {
        long company = ownCompany();
        Contract contract = backOffice.call(() -> fixtures.activeFuelContract(company, BalanceModel.POOLED, Funding.PREPAID, "0"));
        Card ford = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.VEHICLE, 1)).get(0);

        CardUse described = fleet.call(() -> groups.describe(ford.id(),
                new Vehicle("Ford Transit", "е789кх77", "Волков Игорь", Vehicle.tankMillilitres("80,5"))));

        assertThat(described.vehicle()).isEqualTo(new Vehicle("Ford Transit", "Е789КХ77", "Волков Игорь", 80_500L));
        assertThat(described.mayDescribe()).isTrue();
        assertThat(fleet.call(() -> fleetCards.page(contract.id(), new CardFilter("е789", null, null),
                CardOrder.BY_HOLDER, 0, 20))).extracting(CardRow::plate).containsExactly("Е789КХ77");
        assertThat(fleet.call(() -> fleetCards.page(contract.id(), new CardFilter("волков", null, null),
                CardOrder.BY_HOLDER, 0, 20))).extracting(CardRow::driver).containsExactly("Волков Игорь");
        assertThat(backOffice.call(() -> audit.of(AuditSubject.CARD, ford.id())))
                .filteredOn(event -> event.action().equals("card.vehicle")).hasSize(1);

        update("UPDATE organization_member SET may_block_cards = FALSE WHERE organization_id = ? AND subject = 'fleet'",
                company);
        assertCausedBy(catchThrowable(() -> fleet.call(() -> groups.describe(ford.id(),
                new Vehicle("Ford Tourneo", null, null, null)))), RightMissingException.class);
        assertThat(fleet.call(() -> groups.use(ford.id()))).satisfies(use -> {
            assertThat(use.vehicle().model()).isEqualTo("Ford Transit");
            assertThat(use.mayDescribe()).isFalse();
        });
    }

    @Test
    void noOneButStaffAndACompanysPeopleReachesTheGroups() {
        assertCausedBy(catchThrowable(() -> parent.call(() -> groups.groups(1L))), EJBAccessException.class);
        assertCausedBy(catchThrowable(() -> parent.call(() -> groups.create(1L, "Моя"))), EJBAccessException.class);
    }

    private long ownCompany() {
        long company = backOffice.call(() -> fixtures.company("Europe/Moscow"));
        backOffice.run(() -> organizations.addMember(company, "fleet"));
        return company;
    }

    private Contract ownContract() {
        long company = ownCompany();
        return backOffice.call(() -> fixtures.activeFuelContract(company, BalanceModel.POOLED, Funding.PREPAID, "0"));
    }

    /** As the company's administrator would on the users page: {@code fleet} sees the one group only. */
    private void limitFleetTo(long company, long groupId) throws SQLException {
        update("UPDATE organization_member SET all_cards = FALSE WHERE organization_id = ? AND subject = 'fleet'", company);
        update("INSERT INTO member_group (organization_id, subject, group_id) VALUES (?, 'fleet', ?)", company, groupId);
    }

    private void update(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
    }

    private static void assertRefused(ThrowingCallable call, Code code) {
        Throwable thrown = catchThrowable(call);
        assertCausedBy(thrown, InvalidCardOperationException.class);
        assertThat(Stream.iterate(thrown, link -> link != null, Throwable::getCause)
                .filter(InvalidCardOperationException.class::isInstance).map(InvalidCardOperationException.class::cast)
                .findFirst().orElseThrow().code()).isEqualTo(code);
    }

    private static void assertRefusedAsUnknown(ThrowingCallable call) {
        assertCausedBy(catchThrowable(call), AccessDeniedException.class);
    }

    private static void assertCausedBy(Throwable thrown, Class<? extends Throwable> cause) {
        assertThat(thrown).isNotNull();
        assertThat(Stream.iterate(thrown, link -> link != null, Throwable::getCause)).anyMatch(cause::isInstance);
    }
}
