package org.cardhub.schooloffice.entity;

import java.util.List;
import java.util.Map;

/**
 * What an import of pupils is checked against, read once for the whole file: the school's live cards, its classes by
 * name, which of the file's contract numbers some other card holds, the benefit each card has from today on (by kind
 * code) and the benefit kinds there are.
 */
public record SchoolRoll(List<Rolled> cards, Map<String, Long> classIds, Map<String, NumberUse> numbersElsewhere,
                         Map<Long, String> benefits) {

    /** A live card of the school: its contract number, its holder's name, whether staff hold it, its class (or none). */
    public record Rolled(long cardId, String number, String fullName, boolean staff, Long classId) {

        String nameKey() {
            return PupilColumn.normal(fullName);
        }
    }

    /** Why a contract number the file names is not free, when no live card of the school holds it. */
    public enum NumberUse {
        /** A card of another school's contract holds it. */
        OTHER_SCHOOL,
        /** A card of this school that was replaced or closed keeps it. */
        RETIRED
    }

    public SchoolRoll {
        cards = List.copyOf(cards);
        classIds = Map.copyOf(classIds);
        numbersElsewhere = Map.copyOf(numbersElsewhere);
        benefits = Map.copyOf(benefits);
    }
}
