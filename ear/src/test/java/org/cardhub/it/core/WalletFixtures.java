package org.cardhub.it.core;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.LockModeType;
import org.cardhub.cards.boundary.WalletCards;
import org.cardhub.contracts.boundary.WalletContracts;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.ledger.boundary.Ledger;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.payments.boundary.Payments;
import org.cardhub.payments.entity.Outcome;
import org.cardhub.payments.entity.PurseRef;
import org.cardhub.payments.entity.TopUpChannel;
import org.cardhub.wallets.entity.PersonName;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Wallets of the tests' holders: {@code wallet1} and {@code wallet2} (the principals of {@link AsWalletHolder} and
 * {@link AsOtherWalletHolder}) have one wallet each for the database's life, made on first use; strangers' wallets are
 * made fresh, on random phones.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class WalletFixtures {

    public static final String FIRST = "wallet1";
    public static final String SECOND = "wallet2";
    public static final String THIRD = "wallet3";

    /** A wallet: its contract, number and phone. */
    public record Wallet(long contractId, String number, String phone) {
    }

    @EJB
    WalletContracts contracts;

    @EJB
    Payments payments;

    @EJB
    WalletCards cards;

    @EJB
    Ledger ledger;

    @Resource(lookup = "jdbc/cardhub")
    DataSource dataSource;

    /** The holder's wallet, opened on first use as Иван Первый / Пётр Второй; non-identified again each time. */
    public Wallet of(String subject) throws SQLException {
        Wallet wallet = existing(subject).orElseGet(() -> open(subject, FIRST.equals(subject)
                ? new PersonName("Иван", "Первый") : new PersonName("Пётр", "Второй")));
        sql("UPDATE contract SET wallet_tier = 'NON_IDENTIFIED' WHERE id = ?", wallet.contractId());
        sql("DELETE FROM wallet_identification WHERE contract_id = ?", wallet.contractId());
        return wallet;
    }

    /** A new open wallet of the holder, whose wallet before (closed by a test) keeps its rows under another subject. */
    public Wallet fresh(String subject) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(
                "UPDATE wallet_holder SET subject = subject || '-closed-' || contract_id WHERE subject = ?")) {
            update.setString(1, subject);
            update.executeUpdate();
        }
        return open(subject, new PersonName("Закрыв", "Третий"));
    }

    /** A new wallet of someone who is not a test principal, on a random phone. */
    public Wallet stranger(String firstName, String lastName) {
        return open("stranger-" + UUID.randomUUID(), new PersonName(firstName, lastName));
    }

    /** A virtual card of the wallet, in its holder's name. */
    public long virtualCard(Wallet wallet) {
        return cards.virtual(wallet.contractId(), "Test Holder", null).card().id();
    }

    public Outcome topUp(Wallet wallet, String amount) {
        return payments.topUp(Fixtures.key("wallet-fixture"), PurseRef.ofWalletPhone(wallet.phone()),
                Amount.parse(amount, Currency.RUB), TopUpChannel.PAYMENT_AGENT, "fixture");
    }

    /** Tops the wallet up to exactly {@code amount} when it holds less (test holders keep their wallets across runs). */
    public void topUpTo(Wallet wallet, String amount) {
        Amount missing = Amount.parse(amount, Currency.RUB).minus(balance(wallet));
        if (missing.isPositive()) {
            payments.topUp(Fixtures.key("wallet-fixture"), PurseRef.ofWalletPhone(wallet.phone()), missing,
                    TopUpChannel.PAYMENT_AGENT, "fixture");
        }
    }

    public Amount balance(Wallet wallet) {
        return ledger.purse(wallet.contractId(), null, AccountPurpose.MAIN, Currency.RUB, LockModeType.NONE).orElseThrow()
                .balance();
    }

    public static String randomPhone() {
        return "+79" + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
    }

    private Optional<Wallet> existing(String subject) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(
                "SELECT c.id, c.number, c.holder_phone FROM wallet_holder h JOIN contract c ON c.id = h.contract_id "
                        + "WHERE h.subject = ?")) {
            query.setString(1, subject);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(new Wallet(row.getLong(1), row.getString(2), row.getString(3))) : Optional.empty();
            }
        }
    }

    /** The wallet as a holder opens it, in the same transaction: the contract through its boundary, the holder's row. */
    private Wallet open(String subject, PersonName name) {
        Contract contract = contracts.open(subject, randomPhone(), ZoneId.of("Europe/Moscow"));
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO wallet_holder (contract_id, subject, first_name, last_name, opened_at, last_activity_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")) {
            Timestamp now = Timestamp.from(Instant.now());
            insert.setLong(1, contract.id());
            insert.setString(2, subject);
            insert.setString(3, name.first());
            insert.setString(4, name.last());
            insert.setTimestamp(5, now);
            insert.setTimestamp(6, now);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new Wallet(contract.id(), contract.number(), contract.holderPhone());
    }

    private void sql(String statement, long id) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(statement)) {
            update.setLong(1, id);
            update.executeUpdate();
        }
    }
}
