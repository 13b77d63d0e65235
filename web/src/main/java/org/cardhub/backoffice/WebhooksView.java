package org.cardhub.backoffice;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.cabinet.PagedTable;
import org.cardhub.webhooks.boundary.EndpointRow;
import org.cardhub.webhooks.boundary.WebhookDesk;
import org.cardhub.webhooks.entity.DeliveryStatus;
import org.cardhub.webhooks.entity.InvalidWebhookException;
import org.cardhub.webhooks.entity.WebhookDelivery;
import org.cardhub.webhooks.entity.WebhookEndpoint;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The partners' webhooks ({@code webhooks.xhtml}): every endpoint with its deliveries under way and dead; an endpoint's
 * deliveries page by page, by status, with the re-drive of a dead one or of all the endpoint's dead ones. The address
 * may name the endpoint to open ({@code ?endpoint=ID}).
 */
@Named
@ViewScoped
public class WebhooksView implements Serializable {

    @Inject
    WebhookDesk desk;

    private PagedTable<EndpointRow> endpoints;
    private WebhookEndpoint chosen;
    private DeliveryStatus status;
    private PagedTable<WebhookDelivery> deliveries;

    @PostConstruct
    void init() {
        endpoints = new PagedTable<>(desk::endpointCount, desk::endpoints, row -> Long.toString(row.endpoint().id()));
        String asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("endpoint");
        if (asked != null && asked.strip().matches("\\d{1,18}")) {
            desk.endpoint(Long.parseLong(asked.strip())).ifPresent(this::open);
        }
    }

    public void open(EndpointRow row) {
        open(row.endpoint());
    }

    private void open(WebhookEndpoint endpoint) {
        chosen = endpoint;
        showDeliveries();
    }

    /** The chosen endpoint's deliveries again, of the status now chosen. */
    public void showDeliveries() {
        long endpointId = chosen.id();
        DeliveryStatus shown = status;
        deliveries = new PagedTable<>(() -> desk.deliveryCount(endpointId, shown),
                (first, max) -> desk.deliveries(endpointId, shown, first, max), delivery -> Long.toString(delivery.id()));
    }

    public void redrive(WebhookDelivery delivery) {
        try {
            desk.redrive(delivery.id());
            PageMessages.info("hook.redriven", delivery.eventType(), delivery.eventId());
        } catch (InvalidWebhookException refused) {
            PageMessages.refuse(null, "hook.error." + refused.code());
        }
        showDeliveries();
    }

    public void redriveDead() {
        try {
            int redriven = desk.redriveDead(chosen.id());
            PageMessages.info(redriven == 0 ? "hook.noneDead" : "hook.redrivenAll", redriven, chosen.url());
        } catch (InvalidWebhookException refused) {
            PageMessages.refuse(null, "hook.error." + refused.code());
        }
        showDeliveries();
    }

    public String time(Instant instant) {
        return MoscowTime.format(instant);
    }

    public String severity(DeliveryStatus deliveryStatus) {
        return switch (deliveryStatus) {
            case DELIVERED -> "success";
            case PENDING -> "warning";
            case DEAD -> "danger";
        };
    }

    public List<DeliveryStatus> getStatuses() {
        return List.of(DeliveryStatus.values());
    }

    public PagedTable<EndpointRow> getEndpoints() {
        return endpoints;
    }

    public WebhookEndpoint getChosen() {
        return chosen;
    }

    public PagedTable<WebhookDelivery> getDeliveries() {
        return deliveries;
    }

    public DeliveryStatus getStatus() {
        return status;
    }

    public void setStatus(DeliveryStatus status) {
        this.status = status;
    }
}
