package org.cardhub.schooloffice.entity;

import java.io.Serializable;

/**
 * A row of a school's file of pupils as it was read, before any rule: its line in the file (the header is line 1) and
 * its cells, stripped, empty where the file has nothing.
 */
public record PupilLine(int line, String surname, String name, String patronymic, String className, String number,
                        String category) implements Serializable {

    public PupilLine {
        surname = plain(surname);
        name = plain(name);
        patronymic = plain(patronymic);
        className = plain(className);
        number = plain(number);
        category = plain(category);
    }

    /** Blanks (non-breaking ones too) at the ends dropped and runs of them inside made one space. */
    static String plain(String cell) {
        return cell == null ? "" : cell.replaceAll("[\\s\u00a0\u202f]+", " ").strip();
    }
}
