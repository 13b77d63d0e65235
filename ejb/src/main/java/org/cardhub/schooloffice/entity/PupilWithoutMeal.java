package org.cardhub.schooloffice.entity;

import java.io.Serializable;
import java.time.Instant;

/** A pupil who has bought nothing in the canteen today and had no free meal: their class, and when they came, if they did. */
public record PupilWithoutMeal(long cardId, String name, String className, Instant cameAt) implements Serializable {

    public boolean present() {
        return cameAt != null;
    }
}
