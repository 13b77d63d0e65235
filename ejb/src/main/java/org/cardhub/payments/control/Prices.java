package org.cardhub.payments.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import org.cardhub.contracts.boundary.TariffRates;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.DiscountedPrice;
import org.cardhub.contracts.entity.Sale;
import org.cardhub.ledger.entity.OperationFacts;
import org.cardhub.payments.entity.Spend;

import java.time.Instant;

/**
 * What a spend pays: the terminal's amount is the station's price, and the contract's tariff may take a discount off
 * it. Everything after pricing — limits, a wallet's turnover, funds, the hold or the posting — deals in the amount
 * paid; litres are what they are.
 */
@Dependent
public class Prices {

    @EJB
    TariffRates rates;

    DiscountedPrice of(Contract contract, Spend spend, Instant at) {
        Sale sale = new Sale(spend.productCode(), spend.category(), spend.region(), spend.station());
        return rates.rateFor(contract, sale, at).applyTo(spend.amount());
    }

    /** The facts a spend's hold or entry keeps: what and where, the amount paid, the litres and the discount. */
    static OperationFacts factsOf(long cardId, long contractId, Spend spend, DiscountedPrice priced) {
        return new OperationFacts(cardId, contractId, spend.productCode(), spend.category(), spend.station(),
                spend.region(), priced.amount().minorUnits(), spend.volume().minorUnits(),
                priced.discount().minorUnits(), priced.basisPoints());
    }
}
