package org.cardhub.tools.acquirer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /checkout/{id}}: the payer's confirmation. GET shows the card form; POST pays with a test card or refuses,
 * tells the shop as the form's notification choice says, and sends the browser back to the shop's
 * {@code return_url} (303).
 */
final class CheckoutHandler implements HttpHandler {

    static final String PREFIX = "/checkout/";
    private static final Pattern DIGITS = Pattern.compile("\\d{13,19}");
    private static final Pattern EXPIRY = Pattern.compile("(\\d{1,2})\\s*/\\s*(\\d{2})");
    private static final Pattern CVC = Pattern.compile("\\d{3}");

    private final PaymentStore store;
    private final NotificationSender notifications;
    private final CheckoutPage page = new CheckoutPage();

    CheckoutHandler(PaymentStore store, NotificationSender notifications) {
        this.store = store;
        this.notifications = notifications;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String id = exchange.getRequestURI().getPath().substring(PREFIX.length());
            Optional<Payment> found = store.payment(id).filter(payment -> !payment.isRecurring());
            if (found.isEmpty()) {
                Exchanges.html(exchange, 404, page.unknown());
                return;
            }
            Payment payment = found.get();
            switch (exchange.getRequestMethod()) {
                case "GET" -> Exchanges.html(exchange, 200, payment.isPending()
                        ? page.form(payment, payment.notificationMode(), CheckoutPage.Typed.NOTHING, null)
                        : page.decided(payment));
                case "POST" -> decide(exchange, payment);
                default -> Exchanges.text(exchange, 405, "GET or POST");
            }
        }
    }

    private void decide(HttpExchange exchange, Payment payment) throws IOException {
        String body = Exchanges.body(exchange);
        Map<String, String> form = Exchanges.form(body == null ? "" : body);
        if (!payment.isPending()) {
            Exchanges.seeOther(exchange, payment.returnUrl());
            return;
        }
        NotificationMode mode = NotificationMode.named(form.get("notify-mode")).orElse(payment.notificationMode());
        payment.notificationMode(mode);
        boolean decided;
        if ("refuse".equals(form.get("action"))) {
            decided = payment.cancel(Cancellation.expiredOnConfirmation(), null);
        } else {
            CheckoutPage.Typed typed = new CheckoutPage.Typed(form.getOrDefault("card-number", ""),
                    form.getOrDefault("card-expiry", ""));
            String digits = typed.number().replaceAll("[\\s-]", "");
            Optional<YearMonth> expiry = expiry(typed.expiry());
            String error = !DIGITS.matcher(digits).matches() ? "Введите номер карты: 16 цифр."
                    : TestCard.numbered(digits).isEmpty()
                    ? "Это не тестовая карта: здесь принимаются только карты из списка ниже."
                    : expiry.isEmpty() ? "Срок действия — месяц и год в виде ММ/ГГ, например 12/30."
                    : !CVC.matcher(form.getOrDefault("card-cvc", "").strip()).matches()
                    ? "CVC — три цифры с обратной стороны карты." : null;
            if (error != null) {
                Exchanges.html(exchange, 422, page.form(payment, mode, typed, error));
                return;
            }
            decided = pay(payment, TestCard.numbered(digits).orElseThrow(), Card.of(digits, expiry.get()));
        }
        if (decided) {
            notifications.announce(payment, mode, true);
        }
        Exchanges.seeOther(exchange, payment.returnUrl());
    }

    private boolean pay(Payment payment, TestCard testCard, Card card) {
        YearMonth thisMonth = YearMonth.from(store.now().atOffset(ZoneOffset.UTC));
        String declineReason = testCard.declineReason(card.expiry(), thisMonth);
        if (declineReason != null) {
            return payment.cancel(Cancellation.declinedByIssuer(declineReason), store.newMethod(card, false));
        }
        PaymentMethod method = store.newMethod(card, payment.savePaymentMethod());
        if (!payment.succeed(method, store.now())) {
            return false;
        }
        store.remember(method);
        return true;
    }

    private static Optional<YearMonth> expiry(String text) {
        Matcher matcher = EXPIRY.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(YearMonth.of(2000 + Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(1))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
