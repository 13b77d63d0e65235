package org.cardhub.tools.session;

import org.cardhub.tools.session.RedirectWalker.Hop;
import org.cardhub.tools.session.RedirectWalker.Walk;

import java.io.IOException;
import java.net.CookieStore;
import java.net.HttpCookie;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A cabinet page visited as a browser visits it. Signing in: the page sends the browser to Keycloak's login form, the
 * form is posted with the name and the password, Keycloak sends it back through the application's {@code /callback}
 * (which goes on to the person's cabinet home, not to the page asked for) and the page is asked for again. Checking:
 * the page is asked for with the cookies kept; it either opens at once (the application still has the session), or
 * the application sends the browser to Keycloak, whose single sign-on must send it straight back with a new code, or
 * Keycloak shows its login form: then the person is signed out. Either way the page must name the person.
 */
final class CabinetVisit {

    static final String NO_NODE = "(no " + RedirectWalker.NODE_COOKIE + " cookie)";

    private final RedirectWalker walker;
    private final CookieStore cookies;
    private final URI baseUrl;
    private final URI page;
    private final URI callback;

    CabinetVisit(RedirectWalker walker, CookieStore cookies, URI baseUrl, URI page) {
        this.walker = walker;
        this.cookies = cookies;
        this.baseUrl = baseUrl;
        this.page = page;
        this.callback = URI.create(baseUrl + "/callback");
    }

    /**
     * What the visit found: a line to print and every request it made.
     *
     * @param signedIn whether the page named the person in the end
     */
    record Outcome(boolean signedIn, String line, List<Hop> hops) {

        Outcome {
            hops = List.copyOf(hops);
        }
    }

    Outcome signIn(String user, String password) throws IOException, InterruptedException {
        List<Hop> hops = new ArrayList<>();
        Walk toForm = walked(walker.get(page), hops);
        Optional<LoginForm> form = LoginForm.on(toForm.body(), toForm.end());
        if (form.isEmpty()) {
            return failed("sign-in failed: no Keycloak login form on the way to " + page + "; " + ending(toForm), hops);
        }
        Walk back = walked(walker.postForm(form.get().action(), form.get().filledIn(user, password)), hops);
        if (LoginForm.shownOn(back.body())) {
            return failed("sign-in failed: Keycloak did not take the password of " + user + ": "
                    + LoginForm.error(back.body()).orElse("it showed its login form again"), hops);
        }
        Walk landing = RedirectWalker.sameResource(back.end(), page) ? back : walked(walker.get(page), hops);
        if (!CabinetPage.showsSignedIn(landing.body(), user)) {
            return failed("sign-in failed: " + notNaming(landing, user), hops);
        }
        return new Outcome(true, "signed in as " + user + " on " + node(), hops);
    }

    Outcome check(String user) throws IOException, InterruptedException {
        List<Hop> hops = new ArrayList<>();
        Walk walk = walked(walker.get(page), hops);
        boolean throughSingleSignOn = walk.passedThrough(callback);
        if (throughSingleSignOn && !LoginForm.shownOn(walk.body()) && !RedirectWalker.sameResource(walk.end(), page)) {
            walk = walked(walker.get(page), hops);
        }
        if (LoginForm.shownOn(walk.body())) {
            return failed("signed out: Keycloak shows its login form at " + hops.get(hops.size() - 1).hostAndPort()
                    + " (its single sign-on does not know " + user + " any more); hops: " + hops.size(), hops);
        }
        if (!CabinetPage.showsSignedIn(walk.body(), user)) {
            return failed("not signed in: " + notNaming(walk, user) + "; hops: " + hops.size(), hops);
        }
        return new Outcome(true, "still signed in as " + user + " on " + node() + " (re-signed in through Keycloak's"
                + " single sign-on: " + (throughSingleSignOn ? "yes" : "no") + "; hops: " + hops.size() + ")", hops);
    }

    /** The node the load balancer keeps this browser on now, by its cookie for the application. */
    String node() {
        return cookies.get(baseUrl).stream().filter(cookie -> cookie.getName().equals(RedirectWalker.NODE_COOKIE))
                .map(HttpCookie::getValue).reduce((first, last) -> last).orElse(NO_NODE);
    }

    private static Walk walked(Walk walk, List<Hop> hops) {
        hops.addAll(walk.hops());
        return walk;
    }

    private String notNaming(Walk walk, String user) {
        int status = walk.last().statusCode();
        if (status == 403) {
            return page + " answered 403: " + user + " may not see it (another cabinet's page? see --page)";
        }
        if (RedirectWalker.sameResource(walk.end(), callback)) {
            return "the application refused Keycloak's return to " + callback.getPath() + " (" + status
                    + "): no sign-in was under way in the session it came back to";
        }
        return ending(walk) + ", and " + CabinetPage.signedInUser(walk.body())
                .map(shown -> "its header names " + shown + ", not " + user)
                .orElse("it has no cabinet header (no id=\"" + CabinetPage.USERNAME_ID + "\") naming " + user);
    }

    private static String ending(Walk walk) {
        return "it ended at " + walk.end() + " with " + walk.last().statusCode();
    }

    private static Outcome failed(String line, List<Hop> hops) {
        return new Outcome(false, line, hops);
    }
}
