package org.cardhub.notifications.control;

import org.cardhub.notifications.entity.Channel;
import org.cardhub.notifications.entity.OutboxMessage;

import java.util.Locale;
import java.util.logging.Logger;

/**
 * SMS and push for the demo: each message is one line of the server log instead of a call to an operator's API, under
 * the logger {@code org.cardhub.notifications.sms} ({@code SMS to +79001234567: text}) or
 * {@code org.cardhub.notifications.push} ({@code PUSH to token: title — text}). A real SMS or push provider is another
 * {@link Gateway} for the same channel.
 */
public class LoggingGateway implements Gateway {

    /** What an SMS says at most; a longer subject is cut, as an operator would split and bill it otherwise. */
    static final int SMS_LENGTH = 160;

    private final Channel channel;
    private final Logger log;

    public LoggingGateway(Channel channel) {
        if (channel == Channel.EMAIL) {
            throw new IllegalArgumentException("Email leaves by the mail session");
        }
        this.channel = channel;
        this.log = Logger.getLogger("org.cardhub.notifications." + channel.name().toLowerCase(Locale.ROOT));
    }

    @Override
    public Channel channel() {
        return channel;
    }

    @Override
    public void send(OutboxMessage message) {
        String line = lineOf(message);
        log.info(() -> line);
    }

    /** The log line of a message: an SMS carries its subject only, a push its subject and text; never a line break. */
    String lineOf(OutboxMessage message) {
        String text = channel == Channel.SMS ? cut(oneLine(message.subject()), SMS_LENGTH)
                : oneLine(message.subject()) + " — " + oneLine(message.body());
        return channel + " to " + message.recipient() + ": " + text;
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*[\\r\\n]+\\s*", " / ");
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
