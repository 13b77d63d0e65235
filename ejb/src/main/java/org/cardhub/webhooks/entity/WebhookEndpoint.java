package org.cardhub.webhooks.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a partner system (its Keycloak client id) wants the events it chose, signed with a secret of the endpoint's
 * own, kept sealed. A removed endpoint stays, with its deliveries, for the back office; nothing is sent to it.
 */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint {

    /** Enough for a partner's systems; more would be a mistake or an abuse of our dispatcher. */
    public static final int MAX_PER_PARTNER = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id")
    private String clientId;

    private String url;

    /** The event types' wire names, comma-separated in the order of {@link WebhookEventType}. */
    private String events;

    @Column(name = "secret_sealed")
    private String secretSealed;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "removed_at")
    private Instant removedAt;

    protected WebhookEndpoint() {
    }

    public WebhookEndpoint(String clientId, WebhookUrl url, Set<WebhookEventType> events, String secretSealed,
                           String createdBy, Instant now) {
        if (events.isEmpty()) {
            throw new InvalidWebhookException(InvalidWebhookException.Code.EVENTS_REQUIRED, "Choose at least one event");
        }
        this.clientId = Objects.requireNonNull(clientId);
        this.url = url.toString();
        this.events = EnumSet.copyOf(events).stream().map(WebhookEventType::wireName).collect(Collectors.joining(","));
        this.secretSealed = Objects.requireNonNull(secretSealed);
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = now;
    }

    /** The event types named, each known; none named is refused like an unknown one. */
    public static Set<WebhookEventType> eventsNamed(Collection<String> names) {
        if (names == null || names.isEmpty()) {
            throw new InvalidWebhookException(InvalidWebhookException.Code.EVENTS_REQUIRED,
                    "Choose at least one event of " + Arrays.stream(WebhookEventType.values())
                            .map(WebhookEventType::wireName).toList());
        }
        Set<WebhookEventType> chosen = EnumSet.noneOf(WebhookEventType.class);
        for (String name : names) {
            chosen.add(WebhookEventType.ofWireName(name).orElseThrow(() -> new InvalidWebhookException(
                    InvalidWebhookException.Code.EVENT_UNKNOWN, "No event " + name)));
        }
        return chosen;
    }

    public boolean subscribesTo(WebhookEventType type) {
        return eventTypes().contains(type);
    }

    public Set<WebhookEventType> eventTypes() {
        Set<WebhookEventType> types = EnumSet.noneOf(WebhookEventType.class);
        for (String name : events.split(",")) {
            WebhookEventType.ofWireName(name).ifPresent(types::add);
        }
        return types;
    }

    public List<String> eventNames() {
        return eventTypes().stream().map(WebhookEventType::wireName).toList();
    }

    public boolean belongsTo(String client) {
        return clientId.equals(client);
    }

    public void remove(Instant now) {
        if (removedAt == null) {
            removedAt = now;
        }
    }

    public boolean isRemoved() {
        return removedAt != null;
    }

    public Long id() {
        return id;
    }

    public String clientId() {
        return clientId;
    }

    public String url() {
        return url;
    }

    public String secretSealed() {
        return secretSealed;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant removedAt() {
        return removedAt;
    }
}
