package org.cardhub.tools.session;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Just enough of HTML to read a login form and a page header: a tag's attributes and the character references. */
final class Html {

    private static final Pattern ATTRIBUTE =
            Pattern.compile("([A-Za-z_:][-A-Za-z0-9_:.]*)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
    private static final Pattern REFERENCE =
            Pattern.compile("&(?:#([0-9]{1,7})|#[xX]([0-9A-Fa-f]{1,6})|(amp|lt|gt|quot|apos));");

    private Html() {
    }

    /** The quoted attributes of one tag ({@code <input type="hidden" …>}), names in lower case, values unescaped. */
    static Map<String, String> attributes(String tag) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(tag);
        while (attribute.find()) {
            String value = attribute.group(2) != null ? attribute.group(2) : attribute.group(3);
            attributes.putIfAbsent(attribute.group(1).toLowerCase(Locale.ROOT), unescape(value));
        }
        return attributes;
    }

    /** The text with {@code &amp;}, {@code &quot;}, {@code &#39;}, {@code &#x2F;} and the like as characters again. */
    static String unescape(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher reference = REFERENCE.matcher(text);
        StringBuilder plain = new StringBuilder(text.length());
        while (reference.find()) {
            String character;
            if (reference.group(1) != null || reference.group(2) != null) {
                int code = reference.group(1) != null ? Integer.parseInt(reference.group(1))
                        : Integer.parseInt(reference.group(2), 16);
                character = Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : reference.group();
            } else {
                character = switch (reference.group(3)) {
                    case "amp" -> "&";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "quot" -> "\"";
                    default -> "'";
                };
            }
            reference.appendReplacement(plain, Matcher.quoteReplacement(character));
        }
        reference.appendTail(plain);
        return plain.toString();
    }
}
