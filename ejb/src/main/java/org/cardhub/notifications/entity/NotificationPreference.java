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

    /**
     * What a notice is about. Entries/exits and purchases follow the parent's switches; the others (a top-up
     * credited, a low balance, a card blocked or reissued, a meal pre-order, a failed payment, the SMS informer)
     * are sent to every channel the parent switched on.
     */
    public enum Topic { ENTRY_EXIT, PURCHASE, TOP_UP, LOW_BALANCE, CARD, MEAL_ORDER, PAYMENT_FAILED, SMS_INFORMER }

    /** The parent's Keycloak user id (the tokens' {@code sub}). */
    @Id
    private String subject;

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

    public NotificationPreference(String subject) {
        this.subject = subject;
        this.onEntryExit = true;
        this.onPurchase = true;
        this.byEmail = true;
    }

    /** Replaces the choices, checking the addresses of the channels switched on. */
    public void choose(Choices choices) {
        if (choices.lacksEmail()) {
            throw new IllegalArgumentException("An email address like name@example.org is needed for email");
        }
        if (choices.lacksPhone()) {
            throw new IllegalArgumentException("A phone number like +79001234567 is needed for SMS");
        }
        this.email = blankToNull(choices.email());
        this.phone = blankToNull(choices.phone());
        this.onEntryExit = choices.onEntryExit();
        this.onPurchase = choices.onPurchase();
        this.byEmail = choices.byEmail();
        this.bySms = choices.bySms();
    }

    public Choices choices() {
        return new Choices(email, phone, onEntryExit, onPurchase, byEmail, bySms);
    }

    /** What a parent can set: addresses, topics and channels. */
    public record Choices(String email, String phone, boolean onEntryExit, boolean onPurchase, boolean byEmail,
                          boolean bySms) {

        /** Email is switched on without an address that looks like one. */
        public boolean lacksEmail() {
            return byEmail && (email == null || !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"));
        }

        /** SMS is switched on without a phone number in international form. */
        public boolean lacksPhone() {
            return bySms && (phone == null || !phone.strip().matches("\\+\\d{11,15}"));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The addresses to send a message about {@code topic} to, by channel; empty when the parent opted out. */
    public Map<Channel, String> addressesFor(Topic topic) {
        Map<Channel, String> addresses = new EnumMap<>(Channel.class);
        boolean wanted = switch (topic) {
            case ENTRY_EXIT -> onEntryExit;
            case PURCHASE -> onPurchase;
            default -> true;
        };
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

    public String subject() {
        return subject;
    }
}
