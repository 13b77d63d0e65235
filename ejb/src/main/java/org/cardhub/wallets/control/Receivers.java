package org.cardhub.wallets.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.cards.boundary.CardDirectory;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardRef;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.ContractKind;
import org.cardhub.contracts.entity.ContractStatus;
import org.cardhub.payments.entity.PurseRef;
import org.cardhub.wallets.entity.PhoneNumber;
import org.cardhub.wallets.entity.Receiver;
import org.cardhub.wallets.entity.WalletHolder;
import org.cardhub.wallets.entity.WalletRefusal;

import java.util.Set;

/**
 * Finds whom a transfer goes to: an open wallet by its phone, a live pupil's card by its school contract number, or a
 * live centre pupil's card by its 8-digit number. Anything else — no such wallet, a closed one, a blocked card, a card
 * of another kind of contract — is the same «not found», so a guess learns nothing.
 */
@Dependent
public class Receivers {

    private static final Set<CardStatus> RECEIVING = Set.of(CardStatus.ACTIVE, CardStatus.ISSUED);

    @PersistenceContext
    EntityManager em;

    @EJB
    CardDirectory directory;

    public Receiver of(Receiver.Kind kind, String reference, long senderContractId) {
        return switch (kind == null ? Receiver.Kind.WALLET : kind) {
            case WALLET -> wallet(reference, senderContractId);
            case SCHOOL_CARD -> schoolCard(reference);
            case LESSON_CARD -> lessonCard(reference);
        };
    }

    /** The purse a transfer to {@code receiver} credits: the wallet's account, or the card's main purse. */
    public static PurseRef purseOf(Receiver receiver) {
        return receiver.kind() == Receiver.Kind.WALLET
                ? PurseRef.ofWalletPhone(receiver.reference())
                : PurseRef.ofCard(new CardRef(CardRef.Kind.SCHOOL_CONTRACT, receiver.reference()));
    }

    public Receiver wallet(String phone, long senderContractId) {
        PhoneNumber number = PhoneNumber.parse(phone);
        Contract wallet = em.createQuery("SELECT c FROM Contract c WHERE c.holderPhone = :phone AND c.kind = :wallet "
                        + "AND c.status = :active", Contract.class)
                .setParameter("phone", number.value()).setParameter("wallet", ContractKind.WALLET)
                .setParameter("active", ContractStatus.ACTIVE).getResultStream().findFirst()
                .orElseThrow(Receivers::notFound);
        if (wallet.id() == senderContractId) {
            throw new WalletRefusal(WalletRefusal.Code.SELF_TRANSFER, "That is the sender's own wallet");
        }
        WalletHolder holder = em.find(WalletHolder.class, wallet.id());
        return new Receiver(Receiver.Kind.WALLET, number.value(), holder == null ? "" : holder.maskedName());
    }

    public Receiver schoolCard(String number) {
        String digits = eightDigits(number);
        Card card = liveCardOn(digits, ContractKind.SCHOOL);
        return new Receiver(Receiver.Kind.SCHOOL_CARD, digits, Receiver.masked(card.holderName()));
    }

    /** A centre pupil's card: on the centre's contract, and a pupil of the centre's register. */
    public Receiver lessonCard(String number) {
        String digits = eightDigits(number);
        Card card = liveCardOn(digits, ContractKind.CENTRE);
        boolean pupil = !em.createQuery("SELECT p.id FROM LessonPupil p WHERE p.cardId = :card", Long.class)
                .setParameter("card", card.id()).setMaxResults(1).getResultList().isEmpty();
        if (!pupil) {
            throw notFound();
        }
        return new Receiver(Receiver.Kind.LESSON_CARD, digits, Receiver.masked(card.holderName()));
    }

    private static String eightDigits(String number) {
        String digits = number == null ? "" : number.replaceAll("[\\s\\u00A0-]", "");
        if (!digits.matches("[0-9]{8}")) {
            throw new WalletRefusal(WalletRefusal.Code.CARD_NUMBER_INVALID, "A pupil's card number is 8 digits");
        }
        return digits;
    }

    private Card liveCardOn(String digits, ContractKind kind) {
        Card card = directory.find(new CardRef(CardRef.Kind.SCHOOL_CONTRACT, digits))
                .filter(found -> RECEIVING.contains(found.status())).orElseThrow(Receivers::notFound);
        Contract contract = em.find(Contract.class, card.contractId());
        if (contract.kind() != kind || !contract.isActive()) {
            throw notFound();
        }
        return card;
    }

    private static WalletRefusal notFound() {
        return new WalletRefusal(WalletRefusal.Code.RECEIVER_NOT_FOUND, "No open wallet or pupil's card of that number");
    }
}
