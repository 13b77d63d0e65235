package org.cardhub.schooloffice.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a file of pupils, known by their headers in Russian or English, in any case, «ё» read as «е»; a file
 * must have the required ones, may leave out the others and may have more, which are ignored.
 */
public enum PupilColumn {
    SURNAME(true, "фамилия", "surname", "last name", "family name"),
    NAME(true, "имя", "name", "first name", "given name"),
    PATRONYMIC(false, "отчество", "patronymic", "middle name"),
    CLASS(true, "класс", "class", "form", "grade"),
    NUMBER(false, "номер договора", "№ договора", "договор", "contract number", "contract", "contract no"),
    CATEGORY(false, "категория", "category", "льгота");

    private final boolean required;
    private final List<String> headers;

    PupilColumn(boolean required, String... headers) {
        this.required = required;
        this.headers = List.of(headers);
    }

    public boolean isRequired() {
        return required;
    }

    /** The column a header names, if any: "Фамилия", "ФАМИЛИЯ ", "Last name", "Номер  договора." all count. */
    public static Optional<PupilColumn> ofHeader(String header) {
        String plain = normal(header).replaceAll("[.:*]+$", "").strip();
        return Arrays.stream(values()).filter(column -> column.headers.contains(plain)).findFirst();
    }

    /** Lower case, «ё» as «е», blanks made single: how names and headers are compared. */
    public static String normal(String text) {
        return PupilLine.plain(text).toLowerCase(new Locale("ru")).replace('ё', 'е');
    }
}
