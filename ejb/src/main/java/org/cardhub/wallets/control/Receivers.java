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
import org.cardhub.wallets.entity.PhoneNumber;
import org.cardhub.wallets.entity.Receiver;
import org.cardhub.wallets.entity.WalletHolder;
import org.cardhub.wallets.entity.WalletRefusal;

import java.util.Set;

/**
 * Finds whom a transfer goes to: an open wallet by its phone, or a live pupil's card by its school contract number.
 * Anything else — no such wallet, a closed one, a blocked card — is the same «not found», so a guess learns nothing.
 */
@Dependent
public class Receivers {

    private static final Set<CardStatus> RECEIVING = Set.of(CardStatus.ACTIVE, CardStatus.ISSUED);

    @PersistenceContext
    EntityManager em;

    @EJB
    CardDirectory directory;

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
        String digits = number == null ? "" : number.replaceAll("[\\s\\u00A0-]", "");
        if (!digits.matches("[0-9]{8}")) {
            throw new WalletRefusal(WalletRefusal.Code.CARD_NUMBER_INVALID, "A school card's number is 8 digits");
        }
        Card card = directory.find(new CardRef(CardRef.Kind.SCHOOL_CONTRACT, digits))
                .filter(found -> RECEIVING.contains(found.status())).orElseThrow(Receivers::notFound);
        Contract contract = em.find(Contract.class, card.contractId());
        if (contract.kind() != ContractKind.SCHOOL || !contract.isActive()) {
            throw notFound();
        }
        return new Receiver(Receiver.Kind.SCHOOL_CARD, digits, Receiver.masked(card.holderName()));
    }

    private static WalletRefusal notFound() {
        return new WalletRefusal(WalletRefusal.Code.RECEIVER_NOT_FOUND, "No open wallet or school card of that number");
    }
}
