package org.cardhub.it.core;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import org.cardhub.cards.boundary.CardDirectory;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardRef;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.contracts.boundary.Contracts;
import org.cardhub.contracts.entity.BalanceModel;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.Funding;
import org.cardhub.limits.boundary.Limits;
import org.cardhub.limits.entity.LimitMeasure;
import org.cardhub.limits.entity.LimitPeriod;
import org.cardhub.payments.boundary.TerminalPayments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a group of terminal events reads ahead in its one transaction (README, "Group commit"), set-based: the purses
 * its cards spend from are locked at once — a card's own purses, or its contract's account when the contract is
 * pooled, and that too when a contract-wide limit queues the card's spending on it — and stay locked until the group
 * ends, while a card outside the group and a contract no card of it queues on stay free; its cards are read by
 * every kind of reference in one statement per kind, and later look-ups in the group answer from what was read.
 */
@ExtendWith(ArquillianExtension.class)
class GroupReadAheadIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return CoreTestDeployment.shared();
    }

    @EJB
    BackOffice backOffice;

    @EJB
    InOneTransaction inOneTransaction;

    @EJB
    Fixtures fixtures;

    @EJB
    Contracts contracts;

    @EJB
    TerminalPayments payments;

    @EJB
    CardDirectory directory;

    @EJB
    Limits limits;

    @Resource(lookup = "jdbc/cardhub")
    DataSource dataSource;

    @Test
    void aGroupLocksThePursesItsCardsSpendFromAtOnceAndHoldsThemUntilItEnds() throws Exception {
        long company = backOffice.call(() -> fixtures.company("Europe/Moscow"));
        Contract pooled = backOffice.call(() -> fixtures.activeFuelContract(company, BalanceModel.POOLED, Funding.PREPAID, "0"));
        Contract distributed = backOffice.call(() -> fixtures.activeFuelContract(company, BalanceModel.DISTRIBUTED,
                Funding.PREPAID, "0"));
        Contract limited = backOffice.call(() -> fixtures.activeFuelContract(company, BalanceModel.DISTRIBUTED,
                Funding.PREPAID, "0"));
        backOffice.call(() -> limits.addLimit(limited.id(), null, LimitMeasure.COUNT, LimitPeriod.DAY, 3, List.of()));
        Card pooledCard = backOffice.call(() -> fixtures.activeCards(pooled.id(), HolderKind.VEHICLE, 1)).get(0);
        List<Card> ownCards = backOffice.call(() -> fixtures.activeCards(distributed.id(), HolderKind.VEHICLE, 2));
        Card limitedCard = backOffice.call(() -> fixtures.activeCards(limited.id(), HolderKind.VEHICLE, 1)).get(0);
        List<CardRef> group = List.of(number(pooledCard), number(ownCards.get(0)), number(limitedCard));
        List<Long> groupPurses = new ArrayList<>(accounts("contract_id = ? AND card_id IS NULL", pooled.id()));
        groupPurses.addAll(accounts("card_id = ?", ownCards.get(0).id()));
        groupPurses.addAll(accounts("card_id = ?", limitedCard.id()));
        groupPurses.addAll(accounts("contract_id = ? AND card_id IS NULL", limited.id()));
        List<Long> outsidePurses = new ArrayList<>(accounts("card_id = ?", ownCards.get(1).id()));
        outsidePurses.addAll(accounts("contract_id = ? AND card_id IS NULL", distributed.id()));

        List<Long> lockedDuringTheGroup = inOneTransaction.call(() -> {
            payments.readAhead(List.of(), group);
            return backOffice.call(() -> lockedByOthers(groupPurses, outsidePurses));
        });

        assertThat(groupPurses).hasSizeGreaterThanOrEqualTo(4);
        assertThat(outsidePurses).hasSizeGreaterThanOrEqualTo(2);
        assertThat(lockedDuringTheGroup).as("the pooled contract's account, the cards' own purses and, for the card under "
                + "a contract-wide limit, its contract's account; nothing else").containsExactlyInAnyOrderElementsOf(groupPurses);
        assertThat(lockedByOthers(groupPurses, outsidePurses)).as("after the group ended").isEmpty();
    }

    @Test
    void aGroupsCardsAreReadByEveryKindOfReferenceAndAnUnknownOneIsKnownUnknown() {
        long school = backOffice.call(() -> fixtures.company("Asia/Vladivostok"));
        Contract contract = backOffice.call(() -> contracts.activate(contracts.openSchool(school).id(), "signed"));
        List<Card> pupils = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.PUPIL, 3));
        CardRef byBarcode = CardRef.parse(pupils.get(0).barcode());
        CardRef bySchoolNumber = CardRef.parse(pupils.get(1).schoolContractNumber());
        CardRef byNumber = number(pupils.get(2));
        CardRef byId = CardRef.id(pupils.get(2).id());
        CardRef unknown = CardRef.parse("2999999999991");

        List<Optional<Long>> found = inOneTransaction.call(() -> {
            List<Card> read = directory.readAhead(List.of(byBarcode, bySchoolNumber, byNumber, byId, unknown, byBarcode));
            assertThat(read).extracting(Card::id).containsExactly(pupils.get(0).id(), pupils.get(1).id(),
                    pupils.get(2).id(), pupils.get(2).id());
            return List.of(byBarcode, bySchoolNumber, byNumber, byId, unknown).stream()
                    .map(ref -> directory.find(ref).map(Card::id)).toList();
        });

        assertThat(found).containsExactly(Optional.of(pupils.get(0).id()), Optional.of(pupils.get(1).id()),
                Optional.of(pupils.get(2).id()), Optional.of(pupils.get(2).id()), Optional.empty());
    }

    private CardRef number(Card card) {
        return CardRef.parse(backOffice.call(() -> fixtures.numberOf(card.id())));
    }

    /** Which of these accounts another connection, outside any transaction, cannot lock at once. */
    private List<Long> lockedByOthers(List<Long> first, List<Long> second) throws SQLException {
        List<Long> locked = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            for (long account : concat(first, second)) {
                try (PreparedStatement lock = connection.prepareStatement("SELECT id FROM account WHERE id = ? FOR UPDATE NOWAIT")) {
                    lock.setLong(1, account);
                    lock.executeQuery().close();
                } catch (SQLException e) {
                    if (!"55P03".equals(e.getSQLState())) { // lock_not_available
                        throw e;
                    }
                    locked.add(account);
                }
            }
        }
        return locked;
    }

    private static List<Long> concat(List<Long> first, List<Long> second) {
        List<Long> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private List<Long> accounts(String condition, long id) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT id FROM account WHERE " + condition)) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }
}
