package org.cardhub.school.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A class of a school, grade 1 to 11 and a Cyrillic letter, named as people write it ("1А", "11Б"); its class teacher,
 * when it has one, sees it and its pupils.
 */
@Entity
@Table(name = "school_class")
public class SchoolClass {

    private static final Pattern NAME = Pattern.compile("(\\d{1,2})\\s*-?\\s*([А-ЯЁ])");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id")
    private long schoolId;

    private int grade;

    private String letter;

    private String name;

    @Column(name = "teacher_subject")
    private String teacherSubject;

    @Version
    private long version;

    protected SchoolClass() {
    }

    public SchoolClass(long schoolId, ClassName name) {
        this.schoolId = schoolId;
        this.grade = name.grade();
        this.letter = name.letter();
        this.name = name.text();
    }

    /** A class's name as written: a grade 1–11 and one Cyrillic letter, blanks and a dash between them allowed. */
    public record ClassName(int grade, String letter) {

        public ClassName {
            if (grade < 1 || grade > 11 || letter == null || !letter.matches("[А-ЯЁ]")) {
                throw new IllegalArgumentException("A class is a grade 1–11 and a Cyrillic letter");
            }
        }

        public String text() {
            return grade + letter;
        }

        /** "5а", "5 А", "5-А" read as 5А; anything else is empty. */
        public static Optional<ClassName> parse(String text) {
            if (text == null) {
                return Optional.empty();
            }
            Matcher matcher = NAME.matcher(text.strip().toUpperCase(new Locale("ru")));
            if (!matcher.matches()) {
                return Optional.empty();
            }
            int grade = Integer.parseInt(matcher.group(1));
            return grade >= 1 && grade <= 11 ? Optional.of(new ClassName(grade, matcher.group(2))) : Optional.empty();
        }
    }

    public void ledBy(String teacherSubject) {
        this.teacherSubject = teacherSubject;
    }

    public boolean isLedBy(String subject) {
        return teacherSubject != null && teacherSubject.equals(subject);
    }

    public Long id() {
        return id;
    }

    public long schoolId() {
        return schoolId;
    }

    public int grade() {
        return grade;
    }

    public String letter() {
        return letter;
    }

    public String name() {
        return name;
    }

    public String teacherSubject() {
        return teacherSubject;
    }
}
