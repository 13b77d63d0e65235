package org.cardhub.cards.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.cards.entity.ActivationCodes;
import org.cardhub.cards.entity.Barcode;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardForm;
import org.cardhub.cards.entity.CardNumber;
import org.cardhub.cards.entity.CardStatus;
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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
    private static final long LAST_SCHOOL_NUMBER = 99_999_999L;
    private static final int IN_LIST = 1000;

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

    /** How many cards of the contract are not closed or replaced. */
    public long liveCountOf(long contractId) {
        return em.createQuery("SELECT COUNT(c) FROM Card c WHERE c.contractId = :contract AND c.status NOT IN :gone", Long.class)
                .setParameter("contract", contractId)
                .setParameter("gone", List.of(CardStatus.CLOSED, CardStatus.REISSUED)).getSingleResult();
    }

    public Card make(Contract contract, CardNumber pan, CardForm form, Card.Holder holder) {
        Card card = new Card(contract.id(), pan, vault.lookupHash(pan.digits()), vault.seal(pan.digits()), form, holder,
                LocalDate.now(contract.timeZone()).plusYears(VALIDITY_YEARS), Instant.now());
        if (contract.kind() == ContractKind.SCHOOL) {
            String number = freeSchoolNumbers(1, Set.of()).pop();
            // nobody is handed this code: the school prints a card's code with its list or issues a new one
            card.identifyBy(Barcode.generate(Long.parseLong(number)), SchoolContractNumber.of(number),
                    vault.activationCodeHash(ActivationCodes.next(ACTIVATION_CODES)));
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

    /**
     * {@code count} school contract numbers from the sequence that no card holds and are not {@code asked}, ascending:
     * numbers given by hand (a school's import names its pupils' numbers) may lie ahead of the sequence, so a block is
     * checked before it is used.
     */
    public Deque<String> freeSchoolNumbers(int count, Set<String> asked) {
        Deque<String> free = new ArrayDeque<>(count);
        while (free.size() < count) {
            List<String> candidates = new ArrayList<>();
            for (long value : block("school_number_seq", count - free.size())) {
                if (value > LAST_SCHOOL_NUMBER) {
                    throw new IllegalStateException("The school contract numbers have run out");
                }
                candidates.add(String.format("%08d", value));
            }
            Set<String> held = heldSchoolNumbers(candidates);
            candidates.stream().filter(number -> !held.contains(number) && !asked.contains(number)).forEach(free::add);
        }
        return free;
    }

    private Set<String> heldSchoolNumbers(List<String> numbers) {
        Set<String> held = new HashSet<>();
        for (int from = 0; from < numbers.size(); from += IN_LIST) {
            held.addAll(em.createQuery("SELECT c.schoolContractNumber FROM Card c WHERE c.schoolContractNumber IN :numbers",
                            String.class)
                    .setParameter("numbers", numbers.subList(from, Math.min(numbers.size(), from + IN_LIST))).getResultList());
        }
        return held;
    }
}
