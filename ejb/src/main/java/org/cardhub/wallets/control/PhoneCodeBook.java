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

    private static final int TRIES = 3;

    @PersistenceContext
    EntityManager em;

    /**
     * The latest code of the number and purpose, its row locked until the transaction ends. Found first and locked by
     * its key, as H2 takes no {@code FOR UPDATE} with a limit; a code that a concurrent request replaced meanwhile is
     * let go for the newer one.
     */
    public Optional<PhoneCode> latest(PhoneNumber phone, CodePurpose purpose) {
        Optional<Long> candidate = latestId(phone, purpose);
        for (int tried = 1; candidate.isPresent(); tried++) {
            PhoneCode code = em.find(PhoneCode.class, candidate.get(), LockModeType.PESSIMISTIC_WRITE);
            Optional<Long> now = latestId(phone, purpose);
            if (now.equals(candidate) || tried == TRIES) {
                return Optional.of(code);
            }
            candidate = now;
        }
        return Optional.empty();
    }

    public void add(PhoneCode code) {
        em.persist(code);
    }

    private Optional<Long> latestId(PhoneNumber phone, CodePurpose purpose) {
        return em.createQuery("SELECT c.id FROM PhoneCode c WHERE c.phone = :phone AND c.purpose = :purpose "
                        + "ORDER BY c.issuedAt DESC, c.id DESC", Long.class)
                .setParameter("phone", phone.value()).setParameter("purpose", purpose).setMaxResults(1)
                .getResultStream().findFirst();
    }
}
