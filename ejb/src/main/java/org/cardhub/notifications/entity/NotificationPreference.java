package org.cardhub.notifications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.EnumMap;
import java.util.Map;

/** What a parent wants to hear about, and where: an address for every channel they switched on. */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference {

    public enum Topic { ENTRY_EXIT, PURCHASE }

    @Id
    private String username;

    private String email;

    private String phone;

    @Column(name = "push_token")
    private String pushToken;

    @Column(name = "on_entry_exit")
    private boolean onEntryExit;

    @Column(name = "on_purchase")
    private boolean onPurchase;

    @Column(name = "by_email")
    private boolean byEmail;

    @Column(name = "by_sms")
    private boolean bySms;

    @Column(name = "by_push")
    private boolean byPush;

    @Version
    private long version;

    protected NotificationPreference() {
    }

    /** The addresses to send a message about {@code topic} to, by channel; empty when the parent opted out. */
    public Map<Channel, String> addressesFor(Topic topic) {
        Map<Channel, String> addresses = new EnumMap<>(Channel.class);
        boolean wanted = topic == Topic.ENTRY_EXIT ? onEntryExit : onPurchase;
        if (!wanted) {
            return addresses;
        }
        put(addresses, byEmail, Channel.EMAIL, email);
        put(addresses, bySms, Channel.SMS, phone);
        put(addresses, byPush, Channel.PUSH, pushToken);
        return addresses;
    }

    private static void put(Map<Channel, String> addresses, boolean on, Channel channel, String address) {
        if (on && address != null && !address.isBlank()) {
            addresses.put(channel, address.strip());
        }
    }

    public String username() {
        return username;
    }
}
