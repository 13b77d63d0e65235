package org.cardhub.tools.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CommandLineTest {

    private static final CommandLine DATA_TOOL = new CommandLine(Map.of(
            "db-url", "URL         the database",
            "db-user", "NAME        its user"), Set.of());

    @Test
    void readsBothSpellingsAndKeepsAnEmptyValue() throws InvalidOptionsException {
        assertThat(DATA_TOOL.values("--db-url", "jdbc:postgresql://h/db", "--db-user=")).containsExactly(
                Map.entry("db-url", "jdbc:postgresql://h/db"), Map.entry("db-user", ""));
        assertThat(DATA_TOOL.values("--db-url", "x", "--db-user", "")).containsEntry("db-user", "");
    }

    @Test
    void helpIsAnOptionOnlyForToolsThatListIt() throws InvalidOptionsException {
        assertThatThrownBy(() -> DATA_TOOL.parse("-h")).isInstanceOf(InvalidOptionsException.class)
                .hasMessage("unexpected argument '-h'; options start with --");
        Map<String, String> options = new LinkedHashMap<>();
        options.put("name", "N           a name");
        options.put(CommandLine.HELP, "            print this and exit");
        CommandLine withHelp = new CommandLine(options, Set.of("name"));
        assertThat(withHelp.parse("-h", "--name", "a", "--name=b")).containsExactly(
                new CommandLine.Option("help", null), new CommandLine.Option("name", "a"),
                new CommandLine.Option("name", "b"));
        assertThat(withHelp.usage("header\n", 6)).isEqualTo("header\n"
                + String.format("  --name   N           a name%n  --help               print this and exit%n"));
    }

    @Test
    void requiredOptionsAreNamedWhenMissing() throws InvalidOptionsException {
        Map<String, String> values = DATA_TOOL.values("--db-user", "u");
        assertThatThrownBy(() -> CommandLine.require(values, "db-url")).isInstanceOf(InvalidOptionsException.class)
                .hasMessage("Missing --db-url");
    }
}
