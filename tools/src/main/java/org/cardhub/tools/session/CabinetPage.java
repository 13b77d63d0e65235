package org.cardhub.tools.session;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a cabinet page says is signed in. Every cabinet page is drawn on {@code WEB-INF/templates/cabinet.xhtml}, whose
 * header reads "Вы вошли как <strong id="signed-in-user">display name</strong> (<span
 * id="signed-in-username">user name</span>)": the user name is Keycloak's {@code preferred_username} from this
 * sign-in's ID token, so it can only be there for someone the application has signed in.
 */
final class CabinetPage {

    static final String USERNAME_ID = "signed-in-username";

    private static final Pattern USERNAME = Pattern.compile(
            "<span\\b[^>]*\\bid=\"" + USERNAME_ID + "\"[^>]*>\\s*([^<]*?)\\s*</span>");

    private CabinetPage() {
    }

    /** The user name in the page's header, if the page has the cabinet's header. */
    static Optional<String> signedInUser(String html) {
        if (html == null) {
            return Optional.empty();
        }
        Matcher username = USERNAME.matcher(html);
        return username.find() ? Optional.of(Html.unescape(username.group(1))) : Optional.empty();
    }

    /** Whether the page names {@code user} as signed in; Keycloak keeps user names in lower case. */
    static boolean showsSignedIn(String html, String user) {
        return signedInUser(html).filter(shown -> shown.equalsIgnoreCase(user)).isPresent();
    }
}
