package org.cardhub.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import org.cardhub.partners.entity.CardView;

import java.util.List;

/** A card as a partner sees it: masked number, state and the balances of the purses it draws on. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "card", namespace = CardService.NAMESPACE,
        propOrder = {"id", "contractNumber", "maskedNumber", "status", "blockReason", "holderName", "expiresOn", "balances"})
public class CardState {

    private long id;
    private String contractNumber;
    private String maskedNumber;
    private String status;
    private String blockReason;
    private String holderName;
    private String expiresOn;
    @XmlElement(name = "balance")
    private List<PurseBalance> balances;

    protected CardState() {
    }

    static CardState of(CardView view) {
        CardState card = new CardState();
        card.id = view.id();
        card.contractNumber = view.contractNumber();
        card.maskedNumber = view.maskedNumber();
        card.status = view.status();
        card.blockReason = view.blockReason();
        card.holderName = view.holderName();
        card.expiresOn = view.expiresOn();
        card.balances = view.balances().stream().map(PurseBalance::of).toList();
        return card;
    }
}
