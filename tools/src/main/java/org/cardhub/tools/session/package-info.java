/**
 * The cabinet session tool, for the failover test: a person signs in to a cabinet through Keycloak as a browser does
 * ({@code sign-in}, with their password), the cookies are kept in a file, and later ({@code check}, with the cookies
 * only) the tool says whether the cabinet still knows them: straight away, or through Keycloak's single sign-on
 * without its login form, and on which node of the load balancer ({@code CARDHUB_NODE}).
 *
 * <pre>
 * java -cp "tools/target/cardhub-tools.jar:tools/target/lib/*" org.cardhub.tools.session.SignInCheck \
 *     sign-in --user parent --password Demo-pass-1 --state target/parent.session.json
 * java -cp "tools/target/cardhub-tools.jar:tools/target/lib/*" org.cardhub.tools.session.SignInCheck \
 *     check --state target/parent.session.json
 * </pre>
 *
 * <p>{@link org.cardhub.tools.session.SignInCheck} runs it ({@link org.cardhub.tools.session.SessionOptions} is its
 * command line), {@link org.cardhub.tools.session.CabinetVisit} plays the browser's visits, {@link
 * org.cardhub.tools.session.RedirectWalker} follows redirects one hop at a time, {@link
 * org.cardhub.tools.session.LoginForm} reads Keycloak's login form and {@link org.cardhub.tools.session.CabinetPage}
 * the cabinet header's signed-in user (both with {@link org.cardhub.tools.session.Html}); {@link
 * org.cardhub.tools.session.BrowserCookies} is the cookie jar and {@link org.cardhub.tools.session.CookieState} keeps
 * it between runs.
 *
 * <p>Only the JDK's {@link java.net.http.HttpClient} and {@link java.net.CookieManager}: no browser, no Keycloak
 * client library, so what it proves is what the servers answer.
 */
package org.cardhub.tools.session;
