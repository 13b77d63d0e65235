package org.cardhub.tools.session;

import static org.cardhub.tools.options.CommandLine.nonBlank;

import org.cardhub.tools.options.CommandLine;
import org.cardhub.tools.options.InvalidOptionsException;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The cabinet session tool's command line: the mode first ({@code sign-in} or {@code check}), then {@code --name value}
 * or {@code --name=value}; {@code --help} lists it.
 *
 * @param user     who signs in; for {@code check} null unless given (the state file names who signed in)
 * @param password for {@code sign-in} only: {@code check} must prove the session lives on without it
 */
record SessionOptions(boolean help, Mode mode, URI baseUrl, URI page, String user, String password, Path state) {

    static final String DEFAULT_BASE_URL = "http://localhost:8080/cardhub";
    /** The parent's home; its header, as every cabinet page's, names who is signed in (see {@link CabinetPage}). */
    static final String DEFAULT_PAGE = "/cabinet/parent/index.xhtml";

    private static final CommandLine COMMAND_LINE = new CommandLine(options(), Set.of());

    enum Mode {
        SIGN_IN("sign-in"), CHECK("check");

        final String word;

        Mode(String word) {
            this.word = word;
        }

        static Mode named(String word) throws InvalidOptionsException {
            return Arrays.stream(values()).filter(mode -> mode.word.equals(word)).findFirst()
                    .orElseThrow(() -> new InvalidOptionsException("unknown mode '" + word + "': sign-in or check"));
        }
    }

    private static Map<String, String> options() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("base-url", "URL         the application, through the load balancer [" + DEFAULT_BASE_URL + "]");
        options.put("user", "NAME        who signs in (sign-in: required; check: who must still be signed in"
                + "\n[the user the state file was signed in as])");
        options.put("password", "SECRET      their password (sign-in only)");
        options.put("page", "PATH|URL    a cabinet page of theirs, under --base-url unless a URL; its header must name"
                + "\nthem [" + DEFAULT_PAGE + ", the parent's home;"
                + "\nfleet: /cabinet/corporate/index.xhtml, admin: /cabinet/backoffice/index.xhtml]");
        options.put("state", "FILE        the browser's cookies between runs (JSON, owner-only); sign-in writes"
                + "\nit, check reads it and writes back what the browser would keep");
        options.put(CommandLine.HELP, "            print this and exit");
        return options;
    }

    static String usage() {
        return COMMAND_LINE.usage("""
                Cardhub cabinet session: signs a person in to a cabinet through Keycloak as a browser does and keeps
                the cookies, then checks later (after a failover) that the cabinet still knows them without the
                password: straight away, or through Keycloak's single sign-on without its login form.
                usage: java -cp "tools/target/cardhub-tools.jar:tools/target/lib/*" org.cardhub.tools.session.SignInCheck
                         sign-in --user NAME --password SECRET --state FILE [--base-url URL] [--page PATH]
                       ... SignInCheck check --state FILE [--user NAME] [--base-url URL] [--page PATH]
                prints: cabinet session: signed in as USER on NODE        (NODE: the load balancer's CARDHUB_NODE)
                        cabinet session: still signed in as USER on NODE (re-signed in through Keycloak's single sign-on: yes|no; hops: N)
                exit: 0 signed in / still signed in, 1 not (the line says what happened), 2 bad options
                options:
                """, 9);
    }

    static SessionOptions parse(String... args) throws InvalidOptionsException {
        if (args.length == 0) {
            throw new InvalidOptionsException("name the mode first: sign-in or check");
        }
        boolean helpFirst = args[0].equals("-h") || args[0].equals("--" + CommandLine.HELP);
        if (args[0].startsWith("-") && !helpFirst) {
            throw new InvalidOptionsException("the mode comes first: sign-in or check, then the options");
        }
        Mode mode = helpFirst ? null : Mode.named(args[0]);
        Map<String, String> values = COMMAND_LINE.values(Arrays.copyOfRange(args, helpFirst ? 0 : 1, args.length));
        if (values.containsKey(CommandLine.HELP)) {
            return new SessionOptions(true, mode, null, null, null, null, null);
        }
        URI baseUrl = baseUrl(values.getOrDefault("base-url", DEFAULT_BASE_URL));
        URI page = page(baseUrl, values.getOrDefault("page", DEFAULT_PAGE));
        CommandLine.require(values, "state");
        Path state = Path.of(nonBlank("state", values.get("state")));
        String user = values.containsKey("user") ? nonBlank("user", values.get("user")) : null;
        String password = values.get("password");
        if (mode == Mode.SIGN_IN) {
            CommandLine.require(values, "user", "password");
            if (password.isEmpty()) {
                throw new InvalidOptionsException("--password must not be empty");
            }
        } else if (password != null) {
            throw new InvalidOptionsException("--password is for sign-in only: check proves the session lives on"
                    + " without it");
        }
        return new SessionOptions(false, mode, baseUrl, page, user, password, state);
    }

    /** The application's URL without a slash at the end. */
    private static URI baseUrl(String value) throws InvalidOptionsException {
        String text = value.strip();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        return httpUrl("base-url", value, text);
    }

    private static URI page(URI baseUrl, String value) throws InvalidOptionsException {
        String text = nonBlank("page", value);
        if (text.startsWith("http://") || text.startsWith("https://")) {
            return httpUrl("page", value, text);
        }
        return httpUrl("page", value, baseUrl + (text.startsWith("/") ? "" : "/") + text);
    }

    private static URI httpUrl(String option, String given, String text) throws InvalidOptionsException {
        try {
            URI uri = new URI(text);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new InvalidOptionsException("--" + option + ": '" + given + "' is not an http(s) URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new InvalidOptionsException("--" + option + ": '" + given + "' is not a URL (" + e.getReason() + ")");
        }
    }
}
