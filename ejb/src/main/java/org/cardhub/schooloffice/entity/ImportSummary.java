package org.cardhub.schooloffice.entity;

import java.io.Serializable;

/**
 * What an import does, or did: of the file's rows, the pupils it adds, those it changes (of whom how many move to
 * another class, are renamed, become or stop being staff), the classes it creates, the benefits it grants and ends, and
 * the pupils it leaves as they are.
 */
public record ImportSummary(int rows, int created, int updated, int moved, int renamed, int staffChanged,
                            int classesCreated, int benefitsGranted, int benefitsEnded, int unchanged) implements Serializable {

    /** Whether applying it would change nothing: the school's lists already say what the file says. */
    public boolean nothingToChange() {
        return created == 0 && updated == 0 && classesCreated == 0;
    }
}
