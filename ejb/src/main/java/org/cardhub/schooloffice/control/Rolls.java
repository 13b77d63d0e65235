package org.cardhub.schooloffice.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.cards.boundary.SchoolCardRolls;
import org.cardhub.cards.boundary.SchoolCardRolls.NumberHolder;
import org.cardhub.cards.boundary.SchoolCardRolls.SchoolCard;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.cards.entity.SchoolContractNumber;
import org.cardhub.meals.boundary.BenefitRolls;
import org.cardhub.meals.entity.BenefitKind;
import org.cardhub.school.entity.SchoolRef;
import org.cardhub.schooloffice.entity.PupilLine;
import org.cardhub.schooloffice.entity.SchoolRoll;
import org.cardhub.schooloffice.entity.SchoolRoll.NumberUse;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The school's roll an import is checked against, in five statements whatever the size of the file: the contract's
 * live cards, the school's classes, the cards holding the file's other contract numbers, the cards' benefits and the
 * benefit kinds.
 */
@Dependent
public class Rolls {

    @PersistenceContext
    EntityManager em;

    @EJB
    SchoolCardRolls cards;

    @EJB
    BenefitRolls benefits;

    public SchoolRoll of(SchoolRef school, List<PupilLine> lines) {
        List<SchoolCard> live = cards.liveCardsOf(school.contractId());
        Set<String> held = live.stream().map(SchoolCard::number).filter(number -> number != null).collect(Collectors.toSet());
        Set<String> asked = lines.stream().map(line -> line.number().replace(" ", ""))
                .filter(number -> SchoolContractNumber.isValid(number) && !held.contains(number)).collect(Collectors.toSet());
        Map<String, NumberUse> elsewhere = new HashMap<>();
        for (NumberHolder holder : cards.holdersOf(asked).values()) {
            elsewhere.put(holder.number(), holder.contractId() == school.contractId() ? NumberUse.RETIRED : NumberUse.OTHER_SCHOOL);
        }
        Map<Long, String> benefitCodes = new HashMap<>();
        benefits.kindsOf(live.stream().map(SchoolCard::id).toList(), today(school))
                .forEach((cardId, kind) -> benefitCodes.put(cardId, kind.code()));
        List<SchoolRoll.Rolled> rolled = live.stream().map(card -> new SchoolRoll.Rolled(card.id(), card.number(),
                card.holderName(), card.kind() == HolderKind.PERSON, card.classId())).toList();
        return new SchoolRoll(rolled, classIds(school.id()), elsewhere, benefitCodes);
    }

    public List<BenefitKind> kinds() {
        return benefits.kinds();
    }

    /** The school's classes: name to id. */
    public Map<String, Long> classIds(long schoolId) {
        Map<String, Long> classes = new HashMap<>();
        em.createQuery("SELECT k.name, k.id FROM SchoolClass k WHERE k.schoolId = :school", Object[].class)
                .setParameter("school", schoolId).getResultStream()
                .forEach(row -> classes.put((String) row[0], (Long) row[1]));
        return classes;
    }

    public static LocalDate today(SchoolRef school) {
        return LocalDate.now(school.zone());
    }
}
