package org.cardhub.notifications.entity;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/** The channels a kind of notice about one child goes by. */
public record Channels(boolean email, boolean sms, boolean push) implements Serializable {

    public static Channels none() {
        return new Channels(false, false, false);
    }

    public static Channels emailOnly() {
        return new Channels(true, false, false);
    }

    public boolean has(Channel channel) {
        return switch (channel) {
            case EMAIL -> email;
            case SMS -> sms;
            case PUSH -> push;
        };
    }

    /** «EMAIL+SMS», or «none»: for the audit trail. */
    public String label() {
        Set<Channel> chosen = asSet();
        return chosen.isEmpty() ? "none" : String.join("+", chosen.stream().map(Channel::name).toList());
    }

    public Set<Channel> asSet() {
        Set<Channel> chosen = EnumSet.noneOf(Channel.class);
        for (Channel channel : Channel.values()) {
            if (has(channel)) {
                chosen.add(channel);
            }
        }
        return chosen;
    }
}
