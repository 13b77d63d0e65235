package org.cardhub.parent;

import org.cardhub.school.entity.MoveOutcome;

import java.io.Serializable;
import java.util.UUID;

/**
 * The id of the move a parent's form is about, made when the form is shown. It stays after the move went through, so a
 * double click or the same page sent again asks for the same move and is told it was already done; it is made anew when
 * nothing moved (the next try is another request) and when the parent starts another move.
 */
final class MoveRequest implements Serializable {

    private static final long serialVersionUID = 1L;

    private String id = fresh();

    String id() {
        return id;
    }

    void answered(MoveOutcome outcome) {
        if (!outcome.keepsRequest()) {
            renew();
        }
    }

    void renew() {
        id = fresh();
    }

    private static String fresh() {
        return UUID.randomUUID().toString();
    }
}
