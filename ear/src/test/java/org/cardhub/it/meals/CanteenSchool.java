package org.cardhub.it.meals;

import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardRef;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.contracts.boundary.Contracts;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.it.core.BackOffice;
import org.cardhub.it.core.Fixtures;
import org.cardhub.it.core.StaffSchool;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.payments.boundary.Payments;
import org.cardhub.payments.entity.PurseRef;
import org.cardhub.payments.entity.TopUpChannel;
import org.cardhub.terminals.boundary.Terminals;
import org.cardhub.terminals.entity.TerminalKind;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A test's own school with its canteen: the school (organisation and active school contract), a pupil whose card holds
 * money on both purses, a canteen terminal registered at the school (its signing key known to the test), and a canteen
 * supplier with {@code member} one of its people ({@link StaffSchool#supplier}, released again with
 * {@link StaffSchool#release}).
 */
record CanteenSchool(long schoolId, ZoneId zone, Contract contract, Card pupil, long supplierId, CanteenTill till) {

    static CanteenSchool create(BackOffice backOffice, Fixtures fixtures, StaffSchool staff, Contracts contracts, Terminals terminals,
                                Payments payments, String zone, String member) {
        long school = backOffice.call(() -> fixtures.company(zone));
        Contract contract = backOffice.call(() -> contracts.activate(contracts.openSchool(school).id(), "signed"));
        Card pupil = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.PUPIL, 1)).get(0);
        backOffice.run(() -> fixtures.topUpCard(pupil.id(), "500.00"));
        payments.topUp(Fixtures.key("fixture"), new PurseRef(CardRef.id(pupil.id()), null, AccountPurpose.CANTEEN, Currency.RUB),
                Amount.parse("500.00", Currency.RUB), TopUpChannel.BANK_CARD, "fixture");
        String terminalId = "CANTEEN-T" + ThreadLocalRandom.current().nextInt(1_000_000);
        Terminals.Registered registered = backOffice.call(() -> terminals.register(terminalId, TerminalKind.CANTEEN_POS, school,
                "Столовая", null, "RU-PRI"));
        long supplier = backOffice.call(() -> staff.supplier(school, member, 500));
        return new CanteenSchool(school, ZoneId.of(zone), contract, pupil, supplier,
                new CanteenTill(registered.terminal().id(), registered.signingKey()));
    }

    /** A school without a supplier: nobody's canteen cabinet reaches it. */
    static long unsupplied(BackOffice backOffice, Fixtures fixtures, Contracts contracts) {
        long school = backOffice.call(() -> fixtures.company("Europe/Moscow"));
        backOffice.call(() -> contracts.activate(contracts.openSchool(school).id(), "signed"));
        return school;
    }

    /** The school's name, as the canteen's pages show it. */
    static void rename(DataSource dataSource, long school, String name) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement rename = connection.prepareStatement("UPDATE organization SET name = ? WHERE id = ?")) {
            rename.setString(1, name);
            rename.setLong(2, school);
            rename.executeUpdate();
        }
    }
}
