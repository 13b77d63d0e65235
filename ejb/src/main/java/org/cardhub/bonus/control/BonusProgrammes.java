package org.cardhub.bonus.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.bonus.entity.BonusProgrammeRecord;
import org.cardhub.bonus.entity.BonusRefusal;

import java.util.List;

/** The active bonus programme, read from its row at every use, so a change of its rules by data holds at once. */
@Dependent
public class BonusProgrammes {

    @PersistenceContext
    EntityManager em;

    /** The one active programme; none or several is a fault of the data, not a guess. */
    public BonusProgrammeRecord active() {
        List<BonusProgrammeRecord> active = em.createQuery("SELECT p FROM BonusProgrammeRecord p WHERE p.active = TRUE",
                BonusProgrammeRecord.class).getResultList();
        if (active.size() != 1) {
            throw new BonusRefusal(BonusRefusal.Code.PROGRAMME_MISSING, "Exactly one bonus programme must be active, found "
                    + active.size());
        }
        return active.get(0);
    }
}
