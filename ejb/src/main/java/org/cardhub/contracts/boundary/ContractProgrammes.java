package org.cardhub.contracts.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.contracts.entity.Programme;

import java.util.Optional;

/**
 * The programme a contract belongs to, for a contract named by its number or a wallet named by its phone: what a
 * terminal may serve is decided on it before anything is done. A read, in the caller's transaction if it has one.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ContractProgrammes {

    @PersistenceContext
    EntityManager em;

    public Optional<Programme> ofContract(String number) {
        return first("k.number", number);
    }

    public Optional<Programme> ofWalletPhone(String phone) {
        return first("k.holderPhone", phone);
    }

    private Optional<Programme> first(String attribute, String value) {
        return em.createQuery("SELECT NEW org.cardhub.contracts.entity.Programme(k.kind, k.organizationId) FROM Contract k WHERE "
                        + attribute + " = :value", Programme.class)
                .setParameter("value", value).getResultStream().findFirst();
    }
}
