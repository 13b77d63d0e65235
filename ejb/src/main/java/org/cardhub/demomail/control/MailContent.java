package org.cardhub.demomail.control;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a mail as a person reads it: its plain-text part, or else its HTML part reduced to text (a link keeps its
 * address next to its words). Attachments are left out. HTML is never passed on as markup.
 */
public final class MailContent {

    private static final Pattern INVISIBLE = Pattern.compile("(?is)<(head|style|script)\\b.*?</\\1\\s*>");
    private static final Pattern ANCHOR = Pattern.compile("(?is)<a\\b[^>]*?\\bhref\\s*=\\s*[\"']([^\"']*)[\"'][^>]*>(.*?)</a\\s*>");
    private static final Pattern LINE_BREAK = Pattern.compile("(?i)<br\\s*/?>|</(p|div|tr|li|h[1-6]|table|ul|ol)\\s*>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x[0-9a-fA-F]{1,6}|[0-9]{1,7});");

    private MailContent() {
    }

    public static String textOf(Part mail) throws MessagingException, IOException {
        String plain = first(mail, "text/plain");
        if (plain != null) {
            return plain.strip();
        }
        String html = first(mail, "text/html");
        return html == null ? "" : htmlToText(html);
    }

    private static String first(Part part, String type) throws MessagingException, IOException {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return null;
        }
        if (part.isMimeType(type)) {
            Object content = part.getContent();
            return content instanceof String text ? text : null;
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String found = first(body, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    static String htmlToText(String html) {
        String text = INVISIBLE.matcher(html).replaceAll("");
        text = ANCHOR.matcher(text).replaceAll(anchor -> Matcher.quoteReplacement(linkText(anchor.group(2), anchor.group(1))));
        text = LINE_BREAK.matcher(text).replaceAll("\n");
        text = TAG.matcher(text).replaceAll("");
        text = entitiesDecoded(text).replace('\u00a0', ' ');
        return text.replaceAll("[ \\t\\x0B\\f\\r]+\n", "\n").replaceAll("\n[ \\t]+", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }

    /** The words of a link and its address, or just the address when the words are the address. */
    private static String linkText(String words, String href) {
        String address = entitiesDecoded(href).strip();
        String label = TAG.matcher(words).replaceAll("").strip();
        if (label.isEmpty() || entitiesDecoded(label).equals(address)) {
            return address;
        }
        return label + " (" + address + ")";
    }

    private static String entitiesDecoded(String text) {
        String decoded = NUMERIC_ENTITY.matcher(text).replaceAll(entity -> {
            String number = entity.group(1);
            int code = number.startsWith("x") || number.startsWith("X")
                    ? Integer.parseInt(number.substring(1), 16) : Integer.parseInt(number);
            return Character.isValidCodePoint(code) ? Matcher.quoteReplacement(new String(Character.toChars(code))) : "";
        });
        return decoded.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&apos;", "'").replace("&amp;", "&");
    }
}
