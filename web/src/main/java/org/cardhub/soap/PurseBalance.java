package org.cardhub.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;
import org.cardhub.partners.entity.BalanceView;

/** One purse a card draws on: amounts are decimal text in the purse's currency (RUB, LITRE). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "purseBalance", namespace = CardService.NAMESPACE,
        propOrder = {"purpose", "currency", "balance", "held", "available"})
public class PurseBalance {

    private String purpose;
    private String currency;
    private String balance;
    private String held;
    private String available;

    protected PurseBalance() {
    }

    static PurseBalance of(BalanceView view) {
        PurseBalance purse = new PurseBalance();
        purse.purpose = view.purpose();
        purse.currency = view.currency();
        purse.balance = view.balance();
        purse.held = view.held();
        purse.available = view.available();
        return purse;
    }
}
