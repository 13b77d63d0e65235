package org.cardhub.schooloffice.entity;

import org.cardhub.cards.entity.SchoolContractNumber;
import org.cardhub.meals.entity.BenefitKind;
import org.cardhub.school.entity.PupilCategory;
import org.cardhub.school.entity.SchoolClass.ClassName;
import org.cardhub.schooloffice.entity.RowProblem.Code;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The rules each row of a file of pupils keeps by itself: a surname and a name, together no longer than a card's holder
 * name; a class as a grade 1–11 and a Cyrillic letter ("5А", "5 а", "5-А"; a Latin look-alike such as "5A" is read as
 * the Cyrillic letter it looks like), required unless the row is a member of staff; a contract number of 8 digits or
 * none; a category that is empty or «платно» (pays), «сотрудник» (staff), or a free-meal benefit kind by its name or
 * code.
 */
public final class PupilLineRules {

    /** The longest holder name a card keeps. */
    public static final int MAX_NAME = 200;

    private static final Locale RUSSIAN = new Locale("ru");
    private static final String LATIN = "ABCEHKMOPTXY";
    private static final String CYRILLIC = "АВСЕНКМОРТХУ";
    private static final Pattern GRADE_AND_LETTER = Pattern.compile("(\\d+)\\s*-?\\s*[А-ЯЁ]");
    private static final Set<String> PAYS = Set.of("", "платно", "платное", "платный", "платная", "платник", "paid", "pays");
    private static final Set<String> STAFF = Set.of("сотрудник", "сотрудница", "персонал", "staff", "employee");

    private final List<BenefitKind> kinds;

    public PupilLineRules(List<BenefitKind> kinds) {
        this.kinds = List.copyOf(kinds);
    }

    /** What the row is under the rules, or what is wrong with it (every rule it breaks). */
    public record Checked(ListedPupil pupil, List<RowProblem> problems) {
    }

    public Checked check(PupilLine row) {
        int line = row.line();
        List<RowProblem> problems = new ArrayList<>();
        if (row.surname().isEmpty()) {
            problems.add(RowProblem.of(line, Code.SURNAME_MISSING, ""));
        }
        if (row.name().isEmpty()) {
            problems.add(RowProblem.of(line, Code.NAME_MISSING, ""));
        }
        String fullName = Stream.of(row.surname(), row.name(), row.patronymic()).filter(part -> !part.isEmpty())
                .collect(Collectors.joining(" "));
        if (fullName.length() > MAX_NAME) {
            problems.add(RowProblem.of(line, Code.NAME_TOO_LONG, Integer.toString(fullName.length())));
        }
        Optional<Category> category = category(row.category());
        if (category.isEmpty()) {
            problems.add(RowProblem.of(line, Code.CATEGORY_UNKNOWN, row.category()));
        }
        boolean staff = category.map(chosen -> chosen.kind() == PupilCategory.STAFF).orElse(false);
        ClassName className = null;
        if (row.className().isEmpty()) {
            if (!staff) {
                problems.add(RowProblem.of(line, Code.CLASS_MISSING, ""));
            }
        } else {
            className = className(row.className()).orElse(null);
            if (className == null) {
                problems.add(RowProblem.of(line, gradeOutOfRange(row.className()) ? Code.CLASS_UNKNOWN : Code.CLASS_MALFORMED,
                        row.className()));
            }
        }
        String number = row.number().replace(" ", "");
        if (!number.isEmpty() && !SchoolContractNumber.isValid(number)) {
            problems.add(RowProblem.of(line, Code.NUMBER_MALFORMED, row.number()));
        }
        if (!problems.isEmpty()) {
            return new Checked(null, List.copyOf(problems));
        }
        return new Checked(new ListedPupil(line, fullName, className, number.isEmpty() ? null : number,
                category.get().kind(), category.get().benefitCode()), List.of());
    }

    /** A category as a row names it. */
    public record Category(PupilCategory kind, String benefitCode) {
    }

    public Optional<Category> category(String text) {
        String plain = PupilColumn.normal(text).replaceAll("[.]+$", "");
        if (PAYS.contains(plain)) {
            return Optional.of(new Category(PupilCategory.PAID, null));
        }
        if (STAFF.contains(plain)) {
            return Optional.of(new Category(PupilCategory.STAFF, null));
        }
        return kinds.stream().filter(kind -> kind.code().equalsIgnoreCase(plain) || PupilColumn.normal(kind.nameRu()).equals(plain)
                        || PupilColumn.normal(kind.nameEn()).equals(plain))
                .findFirst().map(kind -> new Category(PupilCategory.FREE_MEALS, kind.code()));
    }

    /** A class as people type it, a Latin look-alike letter read as the Cyrillic one. */
    public static Optional<ClassName> className(String text) {
        return ClassName.parse(cyrillic(text));
    }

    /** Of a class that did not parse: whether it is a grade and a letter all the same, so the grade is what no school has. */
    private static boolean gradeOutOfRange(String text) {
        return GRADE_AND_LETTER.matcher(cyrillic(text).strip()).matches();
    }

    private static String cyrillic(String text) {
        StringBuilder typed = new StringBuilder(text.toUpperCase(RUSSIAN));
        for (int i = 0; i < typed.length(); i++) {
            int latin = LATIN.indexOf(typed.charAt(i));
            if (latin >= 0) {
                typed.setCharAt(i, CYRILLIC.charAt(latin));
            }
        }
        return typed.toString();
    }
}
