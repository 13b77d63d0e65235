package org.cardhub.tools.school;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The file of pupils a school's administrator uploads (issue 22's import): a header, then one pupil a line —
 * surname; first name; patronymic; class; contract number; meal category — separated by semicolons, UTF-8. The
 * benchmark's 1 500 pupils in its 50 classes, with contract numbers of their own (from {@value #FIRST_NUMBER}), so
 * the import makes new cards.
 */
final class ImportFile {

    static final String HEADER = "Фамилия;Имя;Отчество;Класс;Номер договора;Категория";
    static final int FIRST_NUMBER = 90230001;
    static final String PAID = "Платное";
    static final String FREE = "многодетная семья";

    private ImportFile() {
    }

    static String line(int n) {
        String[] name = People.name(n);
        return String.join(";", name[0], name[1], name[2], People.className(n), Integer.toString(FIRST_NUMBER + n),
                People.benefitOf(n) == null ? PAID : FREE);
    }

    static void write(Path file, int pupils) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            for (int n = 0; n < pupils; n++) {
                out.write(line(n));
                out.write('\n');
            }
        }
    }
}
