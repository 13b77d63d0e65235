package org.cardhub.contracts.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.DiscountRate;
import org.cardhub.contracts.entity.DiscountSchedule;
import org.cardhub.contracts.entity.Sale;
import org.cardhub.contracts.entity.TariffDiscount;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The discount a contract's tariff gives a sale at a moment (the contract's local day decides which rows are in
 * force): what a purchase or an authorisation is priced with before anything is checked or posted. A read, in the
 * caller's transaction if it has one.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class TariffRates {

    @PersistenceContext
    EntityManager em;

    public DiscountRate rateFor(Contract contract, Sale sale, Instant at) {
        if (contract.tariffCode() == null) {
            return DiscountRate.NONE;
        }
        LocalDate day = LocalDate.ofInstant(at, contract.timeZone());
        List<TariffDiscount> inForce = em.createQuery("SELECT d FROM TariffDiscount d WHERE d.tariffCode = :tariff "
                        + "AND d.effectiveFrom <= :day AND (d.endsOn IS NULL OR d.endsOn > :day)", TariffDiscount.class)
                .setParameter("tariff", contract.tariffCode()).setParameter("day", day).getResultList();
        return new DiscountSchedule(inForce).rateFor(sale, contract.chosenStations(), day);
    }
}
