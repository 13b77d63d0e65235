package org.cardhub.it.core;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Queue;
import jakarta.json.JsonObject;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.contracts.boundary.Contracts;
import org.cardhub.contracts.entity.BalanceModel;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.Funding;
import org.cardhub.contracts.entity.WalletTier;
import org.cardhub.it.core.TerminalLine.Sender;
import org.cardhub.terminals.boundary.Terminals;
import org.cardhub.terminals.entity.TerminalKind;
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
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.it.core.TerminalLine.event;

/**
 * What a terminal's key allows: each kind of terminal sends only its own messages, and only for the cards and
 * accounts of the programmes it serves — a key pulled out of a turnstile or a school kiosk credits nobody's money.
 * A refusal posts nothing, is recorded, and tells the terminal no more than an unknown card would.
 */
@ExtendWith(ArquillianExtension.class)
class TerminalPermissionsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return CoreTestDeployment.shared();
    }

    @EJB
    BackOffice backOffice;

    @EJB
    Fixtures fixtures;

    @EJB
    Terminals terminals;

    @EJB
    Contracts contracts;

    @Resource(lookup = "jms/cardhubConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/TerminalEvents")
    Queue terminalEvents;

    @Resource(lookup = "jdbc/cardhub")
    DataSource dataSource;

    @Test
    void noTerminalButAKioskTakesCashAndATurnstileCannotCharge() throws SQLException {
        long school = backOffice.call(() -> fixtures.company("Asia/Vladivostok"));
        Card pupil = pupilCard(school, "100.00");
        Contract fleet = fuelContract("1000.00");
        String phone = wallet();
        Sender gate = terminal(TerminalKind.TURNSTILE, school);
        Sender pos = terminal(TerminalKind.FUEL_POS, null);
        Sender canteen = terminal(TerminalKind.CANTEEN_POS, school);
        Sender bus = terminal(TerminalKind.TRANSPORT_VALIDATOR, null);

        JsonObject gateCash = send(gate, "CASH_IN", pupil.schoolContractNumber(), "5000.00");
        JsonObject posCash = send(pos, "CASH_IN", fleet.number(), "5000.00");
        JsonObject canteenCash = send(canteen, "CASH_IN", phone, "5000.00");
        JsonObject busCash = send(bus, "CASH_IN", pupil.schoolContractNumber(), "5000.00");
        JsonObject gatePurchase = send(gate, "PURCHASE", pupil.schoolContractNumber(), "50.00");

        for (JsonObject reply : new JsonObject[]{gateCash, posCash, canteenCash, busCash, gatePurchase}) {
            assertThat(reply.getString("status")).isEqualTo("DECLINED");
            assertThat(reply.getString("code")).isEqualTo("TYPE_NOT_ALLOWED");
        }
        assertThat(count("SELECT COUNT(*) FROM journal_entry WHERE card_id = ?", pupil.id())).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM journal_entry WHERE contract_id = ?", fleet.id())).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM terminal_rejection WHERE code = 'TYPE_NOT_ALLOWED' AND terminal_id IN (?, ?, ?, ?)",
                gate.id(), pos.id(), canteen.id(), bus.id())).isEqualTo(5);
    }

    @Test
    void aSchoolsKioskTopsUpItsOwnPupilsAndWalletsButNoOtherSchoolAndNoFleet() throws SQLException {
        long school = backOffice.call(() -> fixtures.company("Asia/Vladivostok"));
        long otherSchool = backOffice.call(() -> fixtures.company("Asia/Vladivostok"));
        Card ownPupil = pupilCard(school, "10.00");
        Card otherPupil = pupilCard(otherSchool, "10.00");
        Contract fleet = fuelContract("100.00");
        String phone = wallet();
        Sender kiosk = terminal(TerminalKind.CASH_KIOSK, school);

        JsonObject own = send(kiosk, "CASH_IN", ownPupil.schoolContractNumber(), "200.00");
        JsonObject toWallet = send(kiosk, "CASH_IN", phone, "300.00");
        JsonObject toOtherSchool = send(kiosk, "CASH_IN", otherPupil.schoolContractNumber(), "5000.00");
        JsonObject toFleet = send(kiosk, "CASH_IN", fleet.number(), "5000.00");
        JsonObject toNobody = send(kiosk, "CASH_IN", "F-99999999", "5000.00");

        assertThat(own.getString("status")).isEqualTo("APPROVED");
        assertThat(toWallet.getString("status")).isEqualTo("APPROVED");
        assertThat(toOtherSchool.getString("code")).isEqualTo("CARD_UNKNOWN");
        assertThat(toFleet.getString("code")).as("answered as a contract that does not exist").isEqualTo(toNobody.getString("code"));
        assertThat(toFleet.getString("message")).isEqualTo("No contract " + fleet.number());
        assertThat(count("SELECT COUNT(*) FROM journal_entry WHERE card_id = ?", otherPupil.id())).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM journal_entry WHERE contract_id = ?", fleet.id())).as("its funding only").isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM terminal_rejection WHERE code = 'NOT_SERVED' AND terminal_id = ?", kiosk.id()))
                .isEqualTo(2);
    }

    @Test
    void aCanteenChargesOnlyItsSchoolsCardsAndAFuelTerminalNoPupils() throws SQLException {
        long school = backOffice.call(() -> fixtures.company("Asia/Vladivostok"));
        long otherSchool = backOffice.call(() -> fixtures.company("Asia/Vladivostok"));
        Card ownPupil = pupilCard(school, "500.00");
        Card otherPupil = pupilCard(otherSchool, "500.00");
        Sender canteen = terminal(TerminalKind.CANTEEN_POS, school);
        Sender pos = terminal(TerminalKind.FUEL_POS, null);
        Sender gate = terminal(TerminalKind.TURNSTILE, school);

        JsonObject lunch = send(canteen, "PURCHASE", ownPupil.schoolContractNumber(), "70.00");
        JsonObject otherLunch = send(canteen, "PURCHASE", otherPupil.schoolContractNumber(), "70.00");
        JsonObject fuelOnPupil = send(pos, "PURCHASE", ownPupil.schoolContractNumber(), "70.00");
        JsonObject otherEntry = line().send(gate, event(gate, UUID.randomUUID().toString(), "ENTRY")
                .add("card", otherPupil.barcode()));

        assertThat(lunch.getString("status")).isEqualTo("APPROVED");
        assertThat(otherLunch.getString("code")).isEqualTo("CARD_UNKNOWN");
        assertThat(fuelOnPupil.getString("code")).isEqualTo("CARD_UNKNOWN");
        assertThat(otherEntry.getString("code")).isEqualTo("CARD_UNKNOWN");
        assertThat(count("SELECT COUNT(*) FROM journal_entry WHERE card_id = ?", otherPupil.id())).as("its funding only").isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM attendance WHERE card_id = ?", otherPupil.id())).isZero();
    }

    @Test
    void anUnknownCardAndACardOfAnotherSchoolLeaveTheSameTraceEvenOnARepeatedEventId() {
        long school = backOffice.call(() -> fixtures.company("Asia/Vladivostok"));
        long otherSchool = backOffice.call(() -> fixtures.company("Asia/Vladivostok"));
        Card otherPupil = pupilCard(otherSchool, "500.00");
        Sender canteen = terminal(TerminalKind.CANTEEN_POS, school);
        String unknownCard = "7005990099999999";
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();

        JsonObject notServed = purchase(canteen, first, otherPupil.schoolContractNumber(), "70.00");
        JsonObject notServedAgain = purchase(canteen, first, otherPupil.schoolContractNumber(), "80.00");
        JsonObject unknown = purchase(canteen, second, unknownCard, "70.00");
        JsonObject unknownAgain = purchase(canteen, second, unknownCard, "80.00");

        assertThat(notServed.getString("code")).isEqualTo(unknown.getString("code")).isEqualTo("CARD_UNKNOWN");
        assertThat(notServedAgain.getString("code")).isEqualTo(unknownAgain.getString("code")).isEqualTo("CARD_UNKNOWN");
    }

    private JsonObject purchase(Sender sender, String eventId, String card, String amount) {
        return line().send(sender, event(sender, eventId, "PURCHASE").add("card", card).add("amount", amount));
    }

    private JsonObject send(Sender sender, String type, String target, String amount) {
        return line().send(sender, event(sender, UUID.randomUUID().toString(), type).add("card", target).add("amount", amount));
    }

    private TerminalLine line() {
        return new TerminalLine(connectionFactory, terminalEvents);
    }

    private Sender terminal(TerminalKind kind, Long organization) {
        String id = kind.name().substring(0, 4) + "-P" + ThreadLocalRandom.current().nextInt(1_000_000);
        Terminals.Registered registered = backOffice.call(() -> terminals.register(id, kind, organization, "Test site",
                kind == TerminalKind.FUEL_POS ? "AZS-17" : "SCHOOL-T", kind == TerminalKind.FUEL_POS ? "RU-MOW" : "RU-PRI"));
        return new Sender(registered.terminal().id(), registered.signingKey());
    }

    private Card pupilCard(long school, String balance) {
        Contract contract = backOffice.call(() -> contracts.activate(contracts.openSchool(school).id(), "signed"));
        Card card = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.PUPIL, 1)).get(0);
        backOffice.call(() -> fixtures.topUpCard(card.id(), balance));
        return card;
    }

    private Contract fuelContract(String balance) {
        long company = backOffice.call(() -> fixtures.company("Europe/Moscow"));
        Contract contract = backOffice.call(() -> fixtures.activeFuelContract(company, BalanceModel.POOLED, Funding.PREPAID, "0"));
        backOffice.call(() -> fixtures.topUpContract(contract.number(), balance));
        return contract;
    }

    private String wallet() {
        String phone = "+7901" + (1_000_000 + ThreadLocalRandom.current().nextInt(9_000_000));
        backOffice.call(() -> contracts.activate(contracts.openWallet("wallet-" + phone, phone,
                WalletTier.NON_IDENTIFIED, "Europe/Moscow").id(), "offer accepted"));
        return phone;
    }

    private long count(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
