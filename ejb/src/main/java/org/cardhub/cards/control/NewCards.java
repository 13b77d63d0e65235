package org.cardhub.cards.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.cards.entity.Barcode;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardForm;
import org.cardhub.cards.entity.CardNumber;
import org.cardhub.cards.entity.SchoolContractNumber;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.ContractKind;
import org.cardhub.ledger.boundary.Ledger;
import org.cardhub.ledger.entity.Account;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.money.Currency;
import org.cardhub.secrets.SecretVault;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Makes a card in the caller's transaction, whoever asked for it (staff, a company's order, a stock batch): its number
 * stored only hashed and sealed, a school card's identifiers, and the purses of a card that holds its own money. The
 * card is ordered; the caller moves it on and writes its history.
 */
@Dependent
public class NewCards {

    /** The issuer number of Cardhub's own cards. */
    public static final String BIN = "700599";
    public static final int VALIDITY_YEARS = 5;
    private static final SecureRandom ACTIVATION_CODES = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @EJB
    Ledger ledger;

    @Inject
    SecretVault vault;

    /** The next generated number: Cardhub's BIN, the next of the card number sequence (below the stock's numbers). */
    public CardNumber generatedNumber() {
        return CardNumber.generate(BIN, next("card_number_seq"));
    }

    public Card make(Contract contract, CardNumber pan, CardForm form, Card.Holder holder) {
        Card card = new Card(contract.id(), pan, vault.lookupHash(pan.digits()), vault.seal(pan.digits()), form, holder,
                LocalDate.now(contract.timeZone()).plusYears(VALIDITY_YEARS), Instant.now());
        if (contract.kind() == ContractKind.SCHOOL) {
            long number = next("school_number_seq");
            card.identifyBy(Barcode.generate(number), SchoolContractNumber.of(Long.toString(number)), activationCode());
        }
        em.persist(card);
        em.flush();
        if (!contract.drawsOnContractAccount()) {
            ledger.open(Account.ofCard(contract.id(), card.id(), AccountPurpose.MAIN, Currency.RUB));
            if (contract.kind() == ContractKind.SCHOOL) {
                ledger.open(Account.ofCard(contract.id(), card.id(), AccountPurpose.CANTEEN, Currency.RUB));
            }
            if (contract.kind() == ContractKind.FUEL) {
                ledger.open(Account.ofCard(contract.id(), card.id(), AccountPurpose.MAIN, Currency.LITRE));
            }
        }
        return card;
    }

    public long next(String sequence) {
        return ((Number) em.createNativeQuery("SELECT nextval('" + sequence + "')").getSingleResult()).longValue();
    }

    /**
     * The next {@code count} values of the sequence in one statement, ascending: for work that makes many cards at once
     * (a school's import of pupils), where a round trip per value would cost more than the card.
     */
    public long[] block(String sequence, int count) {
        if (count == 0) {
            return new long[0];
        }
        List<?> values = em.createNativeQuery("SELECT nextval('" + sequence + "') FROM generate_series(1, ?1)")
                .setParameter(1, count).getResultList();
        return values.stream().mapToLong(value -> ((Number) value).longValue()).sorted().toArray();
    }

    private static String activationCode() {
        return String.format("%08d", ACTIVATION_CODES.nextInt(100_000_000));
    }
}
