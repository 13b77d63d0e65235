package org.cardhub.tools.session;

import org.cardhub.tools.options.InvalidOptionsException;
import org.cardhub.tools.session.CabinetVisit.Outcome;
import org.cardhub.tools.session.SessionOptions.Mode;

import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.file.NoSuchFileException;
import java.time.Clock;
import java.time.Duration;

/**
 * A person signed in to a cabinet as a browser would be, kept between runs: {@code sign-in} signs them in through
 * Keycloak with their password and saves the cookies; {@code check}, later (after one of the instances behind the load
 * balancer was stopped), opens the page again with those cookies only and says whether the person is still signed in,
 * and whether it took Keycloak's single sign-on to get there. {@code --help} lists the options.
 */
public final class SignInCheck {

    static final int EXIT_SIGNED_IN = 0;
    static final int EXIT_NOT_SIGNED_IN = 1;
    static final int EXIT_BAD_OPTIONS = 2;

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private static final String PROGRAM = "cabinet session: ";

    private SignInCheck() {
    }

    public static void main(String[] args) {
        System.exit(launch(args, System.out, System.err, Clock.systemUTC()));
    }

    static int launch(String[] args, PrintStream out, PrintStream err, Clock clock) {
        SessionOptions options;
        try {
            options = SessionOptions.parse(args);
        } catch (InvalidOptionsException e) {
            err.println(PROGRAM + e.getMessage() + " (--help lists the options)");
            return EXIT_BAD_OPTIONS;
        }
        if (options.help()) {
            out.print(SessionOptions.usage());
            return EXIT_SIGNED_IN;
        }
        BrowserCookies cookies = new BrowserCookies();
        String user = options.user();
        if (options.mode() == Mode.CHECK) {
            try {
                String signedIn = CookieState.load(options.state(), cookies.getCookieStore(), clock);
                user = user == null ? signedIn : user;
            } catch (NoSuchFileException e) {
                err.println(PROGRAM + "--state: there is no " + options.state() + "; sign-in writes it");
                return EXIT_BAD_OPTIONS;
            } catch (IOException | IllegalArgumentException e) {
                err.println(PROGRAM + "--state: cannot read " + options.state() + ": " + e.getMessage());
                return EXIT_BAD_OPTIONS;
            }
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(CONNECT_TIMEOUT).build();
        CabinetVisit visit = new CabinetVisit(new RedirectWalker(http, REQUEST_TIMEOUT), cookies.getCookieStore(),
                options.baseUrl(), options.page());
        try {
            Outcome outcome = options.mode() == Mode.SIGN_IN
                    ? visit.signIn(user, options.password()) : visit.check(user);
            if (!outcome.signedIn()) {
                out.println(PROGRAM + outcome.line());
                outcome.hops().forEach(hop -> err.println("  " + hop));
                return EXIT_NOT_SIGNED_IN;
            }
            // A check keeps what the browser would keep: after a failover, the new node's cookie and session.
            CookieState.save(options.state(), user, cookies.getCookieStore(), clock);
            out.println(PROGRAM + outcome.line());
            return EXIT_SIGNED_IN;
        } catch (IOException e) {
            out.println(PROGRAM + (options.mode() == Mode.SIGN_IN ? "sign-in failed" : "could not check") + ": "
                    + e.getMessage());
            return EXIT_NOT_SIGNED_IN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            out.println(PROGRAM + "interrupted");
            return EXIT_NOT_SIGNED_IN;
        }
    }
}
