package org.cardhub.tools.acquirer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /emulator/…}: what demos and tests steer the emulator with (not part of YooKassa's API; no credentials, as
 * the emulator listens on this machine only). Answers are one line of plain text.
 */
final class ControlHandler implements HttpHandler {

    static final String PREFIX = "/emulator/";
    static final Set<String> DECLINE_REASONS = Set.of("insufficient_funds", "card_expired", "general_decline");
    private static final Pattern METHOD = Pattern.compile("/emulator/payment-methods/([^/]+)/(decline|accept)");
    private static final Pattern NOTIFY = Pattern.compile("/emulator/payments/([^/]+)/notify");
    private static final long LONGEST_TIMEOUT = 7 * 24 * 3600;

    private final PaymentStore store;
    private final NotificationSender notifications;

    ControlHandler(PaymentStore store, NotificationSender notifications) {
        this.store = store;
        this.notifications = notifications;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            boolean post = exchange.getRequestMethod().equals("POST");
            String body = post ? Optional.ofNullable(Exchanges.body(exchange)).orElse("").strip() : "";
            Matcher method = METHOD.matcher(path);
            Matcher notify = NOTIFY.matcher(path);
            if (path.equals("/emulator/health") && !post) {
                Exchanges.text(exchange, 200, "ok");
            } else if (!post) {
                Exchanges.text(exchange, 404, "no such control: " + exchange.getRequestMethod() + " " + path);
            } else if (path.equals("/emulator/notification-mode")) {
                notificationMode(exchange, body);
            } else if (path.equals("/emulator/confirmation-timeout")) {
                confirmationTimeout(exchange, body);
            } else if (method.matches()) {
                paymentMethod(exchange, method.group(1), method.group(2).equals("decline"), body);
            } else if (notify.matches()) {
                notifyAgain(exchange, notify.group(1));
            } else {
                Exchanges.text(exchange, 404, "no such control: POST " + path);
            }
        }
    }

    private void notificationMode(HttpExchange exchange, String body) throws IOException {
        Optional<NotificationMode> mode = NotificationMode.named(body);
        if (mode.isEmpty()) {
            Exchanges.text(exchange, 400, "the body must be one of " + NotificationMode.codes());
            return;
        }
        store.defaultMode(mode.get());
        Exchanges.text(exchange, 200, "new payments notify: " + mode.get().code());
    }

    private void confirmationTimeout(HttpExchange exchange, String body) throws IOException {
        long seconds;
        try {
            seconds = Long.parseLong(body);
        } catch (NumberFormatException e) {
            seconds = 0;
        }
        if (seconds < 1 || seconds > LONGEST_TIMEOUT) {
            Exchanges.text(exchange, 400, "the body must be whole seconds from 1 to " + LONGEST_TIMEOUT);
            return;
        }
        store.confirmationTimeout(Duration.ofSeconds(seconds));
        Exchanges.text(exchange, 200, "pending payments expire after " + seconds + " s");
    }

    private void paymentMethod(HttpExchange exchange, String id, boolean decline, String reason) throws IOException {
        if (decline && !DECLINE_REASONS.contains(reason)) {
            Exchanges.text(exchange, 400, "the body must be one of "
                    + String.join("|", DECLINE_REASONS.stream().sorted().toList()));
            return;
        }
        boolean known = decline ? store.decline(id, reason) : store.accept(id);
        if (!known) {
            Exchanges.text(exchange, 404, "no saved payment method " + id);
            return;
        }
        Exchanges.text(exchange, 200, "charges of " + id + (decline ? " are declined: " + reason : " succeed"));
    }

    private void notifyAgain(HttpExchange exchange, String id) throws IOException {
        Optional<Payment> payment = store.payment(id);
        if (payment.isEmpty()) {
            Exchanges.text(exchange, 404, "no payment " + id);
        } else if (payment.get().isPending()) {
            Exchanges.text(exchange, 409, "payment " + id + " is pending: there is nothing to notify yet");
        } else {
            boolean delivered = notifications.deliver(payment.get(), 1);
            Exchanges.text(exchange, 200, delivered ? "delivered" : "not delivered yet; retrying");
        }
    }
}
