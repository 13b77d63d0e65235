package org.cardhub.demomail.entity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mail's text cut into plain pieces and web links, so a page can show the text as text (never as markup) and still
 * let the reader follow a link, such as Keycloak's link to confirm an address. Only http and https count as links.
 */
public record MailText(List<Piece> pieces) implements Serializable {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"'`]+");
    /** Punctuation that ends a sentence rather than the link written before it. */
    private static final String TRAILING = ".,;:!?)]}";

    /** Plain text, or a link whose text is its address. */
    public record Piece(String text, boolean link) implements Serializable {
    }

    public MailText {
        pieces = List.copyOf(pieces);
    }

    public static MailText of(String text) {
        List<Piece> pieces = new ArrayList<>();
        String rest = text == null ? "" : text;
        Matcher link = LINK.matcher(rest);
        int from = 0;
        while (link.find()) {
            int end = link.end();
            while (end > link.start() && TRAILING.indexOf(rest.charAt(end - 1)) >= 0) {
                end--;
            }
            if (end - link.start() <= "https://".length()) {
                continue;
            }
            if (link.start() > from) {
                pieces.add(new Piece(rest.substring(from, link.start()), false));
            }
            pieces.add(new Piece(rest.substring(link.start(), end), true));
            from = end;
        }
        if (from < rest.length()) {
            pieces.add(new Piece(rest.substring(from), false));
        }
        return new MailText(pieces);
    }

    /** The links in the order they appear. */
    public List<String> links() {
        return pieces.stream().filter(Piece::link).map(Piece::text).toList();
    }

    /** The whole text again. */
    public String plain() {
        StringBuilder text = new StringBuilder();
        pieces.forEach(piece -> text.append(piece.text()));
        return text.toString();
    }
}
