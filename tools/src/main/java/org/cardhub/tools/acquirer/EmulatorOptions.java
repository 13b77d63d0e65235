package org.cardhub.tools.acquirer;

import org.cardhub.tools.options.CommandLine;
import org.cardhub.tools.options.InvalidOptionsException;

import static org.cardhub.tools.options.CommandLine.nonBlank;
import static org.cardhub.tools.options.CommandLine.whole;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The emulator's command line ({@code --name value} or {@code --name=value}); {@code --help} lists it. */
final class EmulatorOptions {

    private static final CommandLine COMMAND_LINE = new CommandLine(options(), Set.of());

    private boolean help;
    private int port = 8091;
    private String shopId = "100500";
    private String secret = "test_demo-shop-secret";
    private URI notifyUrl = URI.create("http://127.0.0.1:8080/cardhub/acquiring/yookassa/notifications");
    private Duration lateDelay = Duration.ofSeconds(10);
    private Duration confirmationTimeout = Duration.ofMinutes(15);
    private NotificationMode notificationMode = NotificationMode.ONCE;
    private Duration retryDelay = Duration.ofSeconds(2);

    private EmulatorOptions() {
    }

    private static Map<String, String> options() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("port", "N           port on 127.0.0.1 (0: any free one) [8091]");
        options.put("shop-id", "ID          the shop's id, the user name of HTTP Basic auth [100500]");
        options.put("secret", "KEY         the shop's secret key, the password [test_demo-shop-secret]");
        options.put("notify-url", "URL         where notifications are posted [http://127.0.0.1:8080/cardhub/"
                + "\nacquiring/yookassa/notifications]");
        options.put("late-seconds", "S           delay of a late notification [10]");
        options.put("confirmation-timeout", "S           pending payments are canceled (expired_on_confirmation)"
                + "\nafter S seconds [900]");
        options.put("notification-mode", "MODE        once|twice|late|none for new payments [once]");
        options.put("help", "            print this and exit");
        return options;
    }

    static String usage() {
        return COMMAND_LINE.usage("""
                Cardhub's acquirer emulator: the YooKassa API v3 subset Cardhub speaks (payments, their checkout
                page with test cards, notifications, recurring charges), in memory, on 127.0.0.1.
                usage: java -cp "tools/target/cardhub-tools.jar:tools/target/lib/*" \\
                         org.cardhub.tools.acquirer.AcquirerEmulator [options]
                Exit code 2 for bad options, 1 if the port cannot be had.

                """, 20);
    }

    static EmulatorOptions parse(String... args) throws InvalidOptionsException {
        EmulatorOptions options = new EmulatorOptions();
        for (CommandLine.Option option : COMMAND_LINE.parse(args)) {
            String name = option.name();
            String value = option.value();
            switch (name) {
                case CommandLine.HELP -> options.help = true;
                case "port" -> options.port = (int) whole(name, value, 0, 65_535);
                case "shop-id" -> options.shopId = nonBlank(name, value);
                case "secret" -> options.secret = nonBlank(name, value);
                case "notify-url" -> options.notifyUrl = url(name, value);
                case "late-seconds" -> options.lateDelay = Duration.ofSeconds(whole(name, value, 0, 3_600));
                case "confirmation-timeout" ->
                        options.confirmationTimeout = Duration.ofSeconds(whole(name, value, 1, 7 * 24 * 3_600));
                case "notification-mode" -> options.notificationMode = NotificationMode.named(value).orElseThrow(
                        () -> new InvalidOptionsException("--notification-mode: '" + value + "' is not one of "
                                + NotificationMode.codes()));
                default -> throw new IllegalStateException("option --" + name + " is listed but not read");
            }
        }
        if (options.shopId.contains(":")) {
            throw new InvalidOptionsException("--shop-id must not contain ':' (it is the user name of Basic auth)");
        }
        return options;
    }

    private static URI url(String option, String value) throws InvalidOptionsException {
        try {
            URI uri = new URI(value.strip());
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new InvalidOptionsException("--" + option + ": '" + value + "' is not an http(s) URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new InvalidOptionsException("--" + option + ": '" + value + "' is not a URL");
        }
    }

    /** The same options with notification retries {@code delay} apart (the tests' shortcut; 2 s otherwise). */
    EmulatorOptions retryDelay(Duration delay) {
        retryDelay = delay;
        return this;
    }

    boolean help() {
        return help;
    }

    int port() {
        return port;
    }

    String shopId() {
        return shopId;
    }

    String secret() {
        return secret;
    }

    URI notifyUrl() {
        return notifyUrl;
    }

    Duration lateDelay() {
        return lateDelay;
    }

    Duration confirmationTimeout() {
        return confirmationTimeout;
    }

    NotificationMode notificationMode() {
        return notificationMode;
    }

    Duration retryDelay() {
        return retryDelay;
    }
}
