package org.cardhub.it.core;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.cardhub.cards.boundary.Cards;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardForm;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.contracts.boundary.Contracts;
import org.cardhub.contracts.entity.BalanceModel;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.Funding;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.organizations.boundary.Organizations;
import org.cardhub.organizations.entity.OrganizationForm;
import org.cardhub.organizations.entity.Requisites;
import org.cardhub.payments.boundary.Payments;
import org.cardhub.cards.entity.CardRef;
import org.cardhub.payments.entity.OperationKey;
import org.cardhub.payments.entity.Outcome;
import org.cardhub.payments.entity.PurseRef;
import org.cardhub.payments.entity.TopUpChannel;
import org.cardhub.secrets.SecretVault;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Builds organisations, contracts and cards through the real boundaries; called through {@link BackOffice}. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Fixtures {

    private static final String KPP_REASON = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    @EJB
    Organizations organizations;

    @EJB
    Contracts contracts;

    @EJB
    Cards cards;

    @EJB
    Payments payments;

    @Inject
    SecretVault vault;

    @Resource(lookup = "jdbc/cardhub")
    DataSource dataSource;

    /** A company with Sberbank's published requisites and a random KPP, so every test run has its own. */
    public long company(String timeZone) {
        String kpp = newKpp();
        Requisites requisites = Requisites.parse(OrganizationForm.LEGAL_ENTITY, "7707083893", kpp, "1027700132195",
                "044525225", "30101810400000000225");
        return organizations.register(requisites, "ООО «Тест " + kpp + "»", timeZone).id();
    }

    public Contract activeFuelContract(long organizationId, BalanceModel model, Funding funding, String creditLimit) {
        Contract contract = contracts.applyForFuel(organizationId, "REGIONAL", List.of(), model, funding,
                Amount.parse(creditLimit, Currency.RUB));
        return contracts.activate(contract.id(), "test");
    }

    public List<Card> activeCards(long contractId, HolderKind kind, int count) {
        List<Card> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Card card = cards.order(contractId, CardForm.PLASTIC, new Card.Holder(kind, "Holder " + i, null)).card();
            cards.issue(card.id());
            made.add(cards.activate(card.id()));
        }
        return made;
    }

    public Outcome topUpContract(String contractNumber, String amount) {
        return payments.topUp(key("fixture"), PurseRef.ofContract(contractNumber), Amount.parse(amount, Currency.RUB),
                TopUpChannel.PAYMENT_AGENT, "fixture");
    }

    public Outcome topUpCard(long cardId, String amount) {
        return payments.topUp(key("fixture"), PurseRef.ofCard(CardRef.id(cardId)), Amount.parse(amount, Currency.RUB),
                TopUpChannel.BANK_CARD, "fixture");
    }

    /**
     * A card group of the contract holding {@code cards}; written in SQL, as the demo data writes its groups, while
     * no boundary creates groups yet.
     */
    public long cardGroup(long contractId, String name, long... cards) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement group = connection.prepareStatement("INSERT INTO card_group (contract_id, name, created_at) "
                     + "VALUES (?, ?, CURRENT_TIMESTAMP)", new String[]{"id"});
             PreparedStatement move = connection.prepareStatement("UPDATE card SET group_id = ? WHERE id = ? AND contract_id = ?")) {
            group.setLong(1, contractId);
            group.setString(2, name);
            group.executeUpdate();
            long id;
            try (ResultSet keys = group.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
            for (long card : cards) {
                move.setLong(1, id);
                move.setLong(2, card);
                move.setLong(3, contractId);
                move.executeUpdate();
            }
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The full number of a card, opened from its sealed copy (tests play terminals, which know it). */
    public String numberOf(long cardId) {
        return vault.open(cards.find(cardId).panSealed());
    }

    /**
     * A KPP drawn from the whole of its format (tax office, a reason of digits or capital letters, serial): about 1.3·10¹⁰
     * of them, so the hundreds of organisations a run makes under one INN do not meet on the (INN, KPP) key.
     */
    public static String newKpp() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format("%04d%c%c%03d", random.nextInt(10_000), KPP_REASON.charAt(random.nextInt(KPP_REASON.length())),
                KPP_REASON.charAt(random.nextInt(KPP_REASON.length())), random.nextInt(1000));
    }

    public static OperationKey key(String scope) {
        return new OperationKey(scope, UUID.randomUUID().toString());
    }
}
