package org.cardhub.wallets.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.cardhub.wallets.entity.CodePurpose;
import org.cardhub.wallets.entity.PhoneCode;
import org.cardhub.wallets.entity.PhoneNumber;

import java.util.Optional;

/** The one-time codes of phones, in the caller's transaction (index {@code phone_code_latest}, V39). */
@Dependent
public class PhoneCodeBook {

    @PersistenceContext
    EntityManager em;

    /** The latest code of the number and purpose, its row locked until the transaction ends. */
    public Optional<PhoneCode> latest(PhoneNumber phone, CodePurpose purpose) {
        return em.createQuery("SELECT c FROM PhoneCode c WHERE c.phone = :phone AND c.purpose = :purpose "
                        + "ORDER BY c.issuedAt DESC, c.id DESC", PhoneCode.class)
                .setParameter("phone", phone.value()).setParameter("purpose", purpose)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setMaxResults(1)
                .getResultStream().findFirst();
    }

    public void add(PhoneCode code) {
        em.persist(code);
    }
}
