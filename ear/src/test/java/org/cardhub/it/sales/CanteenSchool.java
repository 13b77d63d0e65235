package org.cardhub.it.sales;

import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardRef;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.contracts.boundary.Contracts;
import org.cardhub.contracts.entity.BalanceModel;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.Funding;
import org.cardhub.it.core.BackOffice;
import org.cardhub.it.core.Fixtures;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.meals.boundary.FreeMeals;
import org.cardhub.meals.entity.FreeMeal;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.payments.boundary.Payments;
import org.cardhub.payments.entity.OperationKey;
import org.cardhub.payments.entity.Outcome;
import org.cardhub.payments.entity.PurseRef;
import org.cardhub.payments.entity.Spend;
import org.cardhub.payments.entity.TopUpChannel;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A test's own school with a canteen supplier, made through the real boundaries where they exist and in SQL where the
 * school's structure has none yet (classes, staff, the supplier's link and its people), so reruns on a kept database
 * pass: the school (Vladivostok) with its contract, class 5А with a paying pupil and a free-meal beneficiary, a member of
 * staff's card in no class, canteen purses funded and the meal budget open; its supplier (an organisation with a fuel
 * contract, whose main account is paid the share) at {@code commissionBp}, since {@code since}, with the person
 * {@code sales-supplier} among its people; the director {@code sales-director} and the teacher {@code sales-teacher} on
 * its staff. And another school with its own supplier ({@code sales-other-supplier}) and director
 * ({@code sales-other-director}), who reach nothing of this one.
 */
record CanteenSchool(DataSource dataSource, long schoolId, Contract contract, long classId, Card pupil, Card beneficiary,
                     Card staff, long supplierId, Contract supplierContract, Others others) {

    static final ZoneId ZONE = ZoneId.of("Asia/Vladivostok");
    private static final String TILL = "terminal:CANTEEN-IT";

    /** Another school, its supplier and their people. */
    record Others(long schoolId, long supplierId) {
    }

    static CanteenSchool open(BackOffice backOffice, Fixtures fixtures, Contracts contracts, FreeMeals freeMeals,
                              Payments payments, DataSource dataSource, int commissionBp, LocalDate since) throws SQLException {
        long school = backOffice.call(() -> fixtures.company(ZONE.getId()));
        Contract contract = backOffice.call(() -> contracts.activate(contracts.openSchool(school).id(), "signed"));
        List<Card> pupils = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.PUPIL, 2));
        Card staff = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.PERSON, 1)).get(0);
        for (Card card : List.of(pupils.get(0), pupils.get(1), staff)) {
            payments.topUp(Fixtures.key("fixture"), new PurseRef(CardRef.id(card.id()), null, AccountPurpose.CANTEEN, Currency.RUB),
                    Amount.parse("1000.00", Currency.RUB), TopUpChannel.BANK_CARD, "fixture");
        }
        backOffice.call(() -> freeMeals.openBudget(contract.id()));
        payments.topUp(Fixtures.key("fixture"), new PurseRef(null, contract.number(), AccountPurpose.CANTEEN, Currency.RUB),
                Amount.parse("1000.00", Currency.RUB), TopUpChannel.PAYMENT_AGENT, "fixture");
        backOffice.run(() -> freeMeals.grant(pupils.get(1).id(), "LARGE_FAMILY", since, null));
        long supplier = backOffice.call(() -> fixtures.company(ZONE.getId()));
        Contract supplierContract = backOffice.call(() -> fixtures.activeFuelContract(supplier, BalanceModel.POOLED,
                Funding.PREPAID, "0"));
        long other = backOffice.call(() -> fixtures.company("Europe/Moscow"));
        backOffice.call(() -> contracts.activate(contracts.openSchool(other).id(), "signed"));
        long otherSupplier = backOffice.call(() -> fixtures.company("Europe/Moscow"));
        Contract otherContract = backOffice.call(() -> fixtures.activeFuelContract(otherSupplier, BalanceModel.POOLED,
                Funding.PREPAID, "0"));
        try (Connection connection = dataSource.getConnection()) {
            long classId = insert(connection, "INSERT INTO school_class (organization_id, grade, letter, name) VALUES (?, 5, 'А', '5А')",
                    school);
            update(connection, "UPDATE card SET class_id = ? WHERE id IN (?, ?)", classId, pupils.get(0).id(), pupils.get(1).id());
            supplies(connection, school, supplier, supplierContract.id(), commissionBp, since);
            supplies(connection, other, otherSupplier, otherContract.id(), commissionBp, since);
            member(connection, supplier, "sales-supplier");
            member(connection, otherSupplier, "sales-other-supplier");
            staff(connection, school, "sales-director", "DIRECTOR", "Директор Школы");
            staff(connection, school, "sales-teacher", "TEACHER", "Учитель Класса");
            staff(connection, other, "sales-other-director", "DIRECTOR", "Директор Другой Школы");
            update(connection, "UPDATE school_class SET teacher_subject = 'sales-teacher' WHERE id = ?", classId);
            return new CanteenSchool(dataSource, school, contract, classId, pupils.get(0), pupils.get(1), staff, supplier,
                    supplierContract, new Others(other, otherSupplier));
        }
    }

    /**
     * Yesterday at lunch the pupil (95,00 ₽, hot meal) and the member of staff (120,50 ₽, buffet) bought at the till
     * offline, booked at the till's time without their dishes; today the pupil bought soup and two compotes (105,00 ₽),
     * the member of staff two buns (33,33 ₽ each) and had one taken back, and the beneficiary had the free complex, soup
     * and compote (80,00 ₽), from the school's budget. 433,83 ₽ in all, five purchases.
     */
    void twoDaysOfSales(Payments payments, LocalDate yesterday, LocalDate today) throws SQLException {
        Instant lunch = yesterday.atTime(12, 0).atZone(ZONE).toInstant();
        approved(payments.purchase(Fixtures.key(TILL), new Spend(CardRef.id(pupil.id()), rub("95.00"), Amount.zero(Currency.LITRE),
                null, "HOT_MEAL", "CANTEEN-IT", null, lunch, List.of(), true), TILL));
        approved(payments.purchase(Fixtures.key(TILL), new Spend(CardRef.id(staff.id()), rub("120.50"), Amount.zero(Currency.LITRE),
                null, "BUFFET", "CANTEEN-IT", null, lunch, List.of(), true), TILL));
        approved(payments.purchase(Fixtures.key(TILL), spend(pupil.id(), "HOT_MEAL", "105.00",
                dish("Суп куриный", "HOT_MEAL", 1, "55.00"), dish("Компот", "DRINK", 2, "25.00")), TILL));
        approved(payments.purchase(Fixtures.key(TILL), spend(staff.id(), "BUFFET", "33.33",
                dish("Булочка с маком", "BUFFET", 1, "33.33")), TILL));
        OperationKey bun = Fixtures.key(TILL);
        approved(payments.purchase(bun, spend(staff.id(), "BUFFET", "33.33", dish("Булочка с маком", "BUFFET", 1, "33.33")), TILL));
        approved(payments.reverse(Fixtures.key(TILL), bun, TILL));
        Outcome free = approved(payments.sponsoredPurchase(FreeMeal.operationKey(beneficiary.id(), today),
                new PurseRef(null, contract.number(), AccountPurpose.CANTEEN, Currency.RUB), CardRef.id(beneficiary.id()),
                List.of(dish("Суп куриный", "HOT_MEAL", 1, "55.00"), dish("Компот", "DRINK", 1, "25.00")), "FREE_MEAL",
                "Бесплатное питание (льгота: многодетная семья)", "system:meals"));
        freeMealGiven(beneficiary.id(), today, free.entryId(), rub("80.00"));
    }

    /** The row the meals component writes with a free meal it gave (as {@code FreeMealPosting} does). */
    void freeMealGiven(long cardId, LocalDate day, long entryId, Amount amount) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO free_meal (card_id, meal_date, kind_code, "
                     + "amount_minor, entry_id, posted_at) VALUES (?, ?, 'LARGE_FAMILY', ?, ?, CURRENT_TIMESTAMP)")) {
            insert.setLong(1, cardId);
            insert.setDate(2, Date.valueOf(day));
            insert.setLong(3, amount.minorUnits());
            insert.setLong(4, entryId);
            insert.executeUpdate();
        }
    }

    /** Gives the school a name of the test's choosing, which a browser finds it by. */
    void rename(String name) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE organization SET name = ? WHERE id = ?")) {
            update.setString(1, name);
            update.setLong(2, schoolId);
            update.executeUpdate();
        }
    }

    /** Makes a person (a Keycloak subject) one of the supplier's people, or takes them off its list. */
    void supplierPerson(String subject, boolean member) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (member) {
                member(connection, supplierId, subject);
            } else {
                update(connection, "DELETE FROM organization_member WHERE organization_id = ? AND subject = '"
                        + subject.replace("'", "''") + "'", supplierId);
            }
        }
    }

    /**
     * What the school contract's entries of the canteen's categories posted to the merchants' account, booked in
     * [from, to): read straight from the postings.
     */
    long merchantsPosted(Instant from, Instant to) throws SQLException {
        return Long.parseLong(single("SELECT COALESCE(SUM(p.amount_minor), 0) FROM posting p JOIN journal_entry e ON e.id = p.entry_id "
                + "JOIN account a ON a.id = p.account_id WHERE a.system_code = 'MERCHANT_PAYABLE' AND e.contract_id = ? "
                + "AND e.category IN ('HOT_MEAL', 'MEAL', 'BUFFET', 'DRINK', 'SWEETS', 'FREE_MEAL') AND e.booked_at >= ? "
                + "AND e.booked_at < ?", contract.id(), Timestamp.from(from), Timestamp.from(to)));
    }

    /** Every posting on the merchants' account of the school contract in [from, to), whatever its category. */
    long allMerchantsPosted(Instant from, Instant to) throws SQLException {
        return Long.parseLong(single("SELECT COALESCE(SUM(p.amount_minor), 0) FROM posting p JOIN journal_entry e ON e.id = p.entry_id "
                + "JOIN account a ON a.id = p.account_id WHERE a.system_code = 'MERCHANT_PAYABLE' AND e.contract_id = ? "
                + "AND e.booked_at >= ? AND e.booked_at < ?", contract.id(), Timestamp.from(from), Timestamp.from(to)));
    }

    /** The school's settlements, by day: «date sales commission share meals entry», kopecks, «-» for no entry. */
    List<String> settlements() throws SQLException {
        return rows("SELECT settle_date, sales_minor, commission_minor, share_minor, meals, entry_id FROM canteen_settlement "
                + "WHERE school_id = ? ORDER BY settle_date", schoolId);
    }

    /** A settlement entry's postings, smallest first: «account amount», the account a system code or «supplier». */
    List<String> postingsOf(long entryId) throws SQLException {
        return rows("SELECT CASE WHEN a.system_code IS NULL THEN CASE WHEN a.contract_id = " + supplierContract.id()
                + " THEN 'supplier' ELSE 'other' END ELSE a.system_code END, p.amount_minor FROM posting p "
                + "JOIN account a ON a.id = p.account_id WHERE p.entry_id = ? ORDER BY p.amount_minor", entryId);
    }

    /** The settlement entries booked for the supplier's contract. */
    long settlementEntries() throws SQLException {
        return Long.parseLong(single("SELECT COUNT(*) FROM journal_entry WHERE contract_id = ? AND category = 'CANTEEN_SETTLEMENT'",
                supplierContract.id()));
    }

    /** The supplier's main rouble account's balance. */
    long supplierBalance() throws SQLException {
        return Long.parseLong(single("SELECT balance_minor FROM account WHERE contract_id = ? AND card_id IS NULL "
                + "AND purpose = 'MAIN' AND currency = 'RUB'", supplierContract.id()));
    }

    private static Spend spend(long cardId, String category, String amount, Spend.Item... dishes) {
        return new Spend(CardRef.id(cardId), rub(amount), Amount.zero(Currency.LITRE), null, category, "CANTEEN-IT", null,
                Instant.now(), List.of(dishes));
    }

    private static Spend.Item dish(String name, String category, int quantity, String price) {
        return new Spend.Item(name, category, quantity, rub(price));
    }

    private static Outcome approved(Outcome outcome) {
        if (!outcome.isApproved()) {
            throw new AssertionError("declined: " + outcome.message());
        }
        return outcome;
    }

    private static Amount rub(String amount) {
        return Amount.parse(amount, Currency.RUB);
    }

    private String single(String sql, Object... parameters) throws SQLException {
        List<String> found = rows(sql, parameters);
        if (found.isEmpty()) {
            throw new AssertionError("nothing for " + sql);
        }
        return found.get(0);
    }

    private List<String> rows(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<String> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    List<String> cells = new ArrayList<>();
                    for (int column = 1; column <= columns; column++) {
                        cells.add(rows.getString(column) == null ? "-" : rows.getString(column));
                    }
                    found.add(String.join(" ", cells));
                }
            }
            return found;
        }
    }

    private static void supplies(Connection connection, long school, long supplier, long contractId, int commissionBp,
                                 LocalDate since) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO canteen_supplier (school_id, supplier_id, "
                + "contract_id, commission_bp, since) VALUES (?, ?, ?, ?, ?)")) {
            insert.setLong(1, school);
            insert.setLong(2, supplier);
            insert.setLong(3, contractId);
            insert.setInt(4, commissionBp);
            insert.setDate(5, Date.valueOf(since));
            insert.executeUpdate();
        }
    }

    private static void member(Connection connection, long organization, String subject) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO organization_member (organization_id, subject) "
                + "VALUES (?, ?)")) {
            insert.setLong(1, organization);
            insert.setString(2, subject);
            insert.executeUpdate();
        }
    }

    private static void staff(Connection connection, long school, String subject, String role, String name) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO school_staff (organization_id, subject, role, "
                + "full_name) VALUES (?, ?, ?, ?)")) {
            insert.setLong(1, school);
            insert.setString(2, subject);
            insert.setString(3, role);
            insert.setString(4, name);
            insert.executeUpdate();
        }
    }

    private static long insert(Connection connection, String sql, long parameter) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql, new String[]{"id"})) {
            insert.setLong(1, parameter);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void update(Connection connection, String sql, long... parameters) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setLong(i + 1, parameters[i]);
            }
            update.executeUpdate();
        }
    }
}
