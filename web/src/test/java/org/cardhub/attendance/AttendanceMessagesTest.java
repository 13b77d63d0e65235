package org.cardhub.attendance;

import org.cardhub.school.entity.AttendanceRefusal;
import org.cardhub.school.entity.AttendanceStatus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every word the register's pages and files show has its text in Russian and in English: the keys the pages name, the
 * keys the code names, a word for each status and its legend, and each refusal of a period.
 */
class AttendanceMessagesTest {

    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['((?:attendance|teacher)\\.[A-Za-z.]+)'\\]");
    private static final Pattern CODE_KEY = Pattern.compile("\"((?:attendance|teacher)\\.[A-Za-z.]+[A-Za-z])\"");

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = AttendanceMessagesTest.class.getResourceAsStream("/org/cardhub/cabinet/messages_" + language
                + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyKeyThePagesAndTheFilesNameIsInBothLanguages() throws IOException {
        List<String> keys = new ArrayList<>();
        for (Path page : List.of(Path.of("src/main/webapp/cabinet/teacher/index.xhtml"),
                Path.of("src/main/webapp/cabinet/teacher/attendance.xhtml"),
                Path.of("src/main/webapp/WEB-INF/includes/attendance-grid.xhtml"))) {
            keys.addAll(found(PAGE_KEY, Files.readString(page)));
        }
        try (Stream<Path> code = Files.list(Path.of("src/main/java/org/cardhub/attendance"))) {
            for (Path source : code.toList()) {
                keys.addAll(found(CODE_KEY, Files.readString(source)));
            }
        }
        Stream.of(AttendanceStatus.values()).forEach(status -> {
            keys.add("attendance.status." + status);
            keys.add("attendance.legend." + status);
        });
        Stream.of(AttendanceRefusal.Code.values()).forEach(code -> keys.add("attendance.refusal." + code));
        keys.add("teacher.menu.attendance");

        assertThat(keys).contains("attendance.counts.present", "teacher.today", "attendance.file.title");
        for (String language : List.of("ru", "en")) {
            assertThat(bundle(language).stringPropertyNames()).as(language).containsAll(keys);
        }
    }

    @Test
    void theStatusesReadAsWordsNotCodes() throws IOException {
        Properties russian = bundle("ru");

        assertThat(russian.getProperty("attendance.status.LATE")).isEqualTo("Опоздание");
        assertThat(russian.getProperty("attendance.status.ABSENT")).isEqualTo("Отсутствие");
        assertThat(bundle("en").getProperty("attendance.status.PRESENT")).isEqualTo("On time");
    }

    private static List<String> found(Pattern pattern, String text) {
        List<String> keys = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        return keys;
    }
}
