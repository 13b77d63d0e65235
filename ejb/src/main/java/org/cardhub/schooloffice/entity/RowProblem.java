package org.cardhub.schooloffice.entity;

import java.io.Serializable;

/**
 * What is wrong with a row of a file of pupils: its line, the rule it breaks, the value concerned as the file has it
 * and, for a repetition, the line it repeats (0 otherwise). An import with any is not applied.
 */
public record RowProblem(int line, Code code, String value, int otherLine) implements Serializable, Comparable<RowProblem> {

    public enum Code {
        SURNAME_MISSING,
        NAME_MISSING,
        /** Surname, name and patronymic together longer than a card's holder name may be. */
        NAME_TOO_LONG,
        CLASS_MISSING,
        /** Not a grade and a letter. */
        CLASS_MALFORMED,
        /** A grade and a letter, but no school has such a grade (1 to 11). */
        CLASS_UNKNOWN,
        /** A school contract number is 8 digits. */
        NUMBER_MALFORMED,
        /** The same contract number on an earlier line. */
        NUMBER_REPEATED,
        /** The contract number is a card's of another school. */
        NUMBER_OTHER_SCHOOL,
        /** The contract number is a card of this school that was replaced or closed. */
        NUMBER_RETIRED,
        CATEGORY_UNKNOWN,
        /** The same pupil (name and class, no contract number) on an earlier line. */
        PUPIL_REPEATED,
        /** No contract number, and several pupils of the school have the name (in that class too). */
        PUPIL_AMBIGUOUS
    }

    public static RowProblem of(int line, Code code, String value) {
        return new RowProblem(line, code, value, 0);
    }

    @Override
    public int compareTo(RowProblem other) {
        return line != other.line ? Integer.compare(line, other.line) : code.compareTo(other.code);
    }
}
