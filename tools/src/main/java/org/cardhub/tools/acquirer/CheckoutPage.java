package org.cardhub.tools.acquirer;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;

/**
 * The payer's pages, in Russian: the card form standing for YooKassa's (with the test cards listed and the demo's
 * choice of how the shop is notified), the page of a payment already decided, and the one of an unknown payment.
 */
final class CheckoutPage {

    /** What the payer typed, shown again with an error; the CVC is never shown again. */
    record Typed(String number, String expiry) {
        static final Typed NOTHING = new Typed("", "");
    }

    private static final Map<String, String> REASONS = Map.of(
            "insufficient_funds", "недостаточно средств на карте",
            "card_expired", "истёк срок действия карты",
            "general_decline", "банк отклонил оплату",
            "expired_on_confirmation", "оплата не подтверждена");

    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;background:#f2f4f7;margin:0;padding:1rem;color:#1d2433}
            main{max-width:28rem;margin:0 auto;background:#fff;border-radius:.75rem;padding:1.25rem;
            box-shadow:0 1px 4px rgba(0,0,0,.12)}
            h1{font-size:1.25rem;margin:0 0 .5rem}.note{color:#5b6475;font-size:.875rem}
            .amount{font-size:1.75rem;font-weight:600;margin:.75rem 0}label{display:block;margin:.75rem 0 .25rem}
            input,select{width:100%;box-sizing:border-box;font-size:1rem;padding:.6rem;border:1px solid #c5cbd6;
            border-radius:.4rem}.row{display:flex;gap:.75rem}.row>div{flex:1;min-width:0}
            .error{background:#fdecec;color:#a11a1a;padding:.6rem;border-radius:.4rem;margin:.75rem 0}
            button{width:100%;font-size:1rem;padding:.75rem;margin-top:1rem;border-radius:.4rem;border:0;cursor:pointer}
            #pay{background:#1a5dd8;color:#fff}#refuse{background:#e8ebf0;color:#1d2433}
            table{width:100%;border-collapse:collapse;font-size:.875rem;margin-top:.5rem;table-layout:auto}
            td{padding:.3rem .25rem;border-top:1px solid #e8ebf0;vertical-align:top}td:first-child{white-space:nowrap}
            a{color:#1a5dd8}
            """;

    String form(Payment payment, NotificationMode selected, Typed typed, String error) {
        StringBuilder html = head("Оплата картой");
        html.append("<h1>Оплата банковской картой</h1>")
                .append("<p class=\"note\">Эмулятор платёжной формы ЮKassa для демонстрации Cardhub: ")
                .append("деньги не списываются, принимаются только тестовые карты.</p>")
                .append("<div class=\"amount\" id=\"amount\">").append(roubles(payment.amount())).append("</div>");
        if (payment.description() != null) {
            html.append("<p id=\"description\">").append(escape(payment.description())).append("</p>");
        }
        if (error != null) {
            html.append("<div class=\"error\" id=\"error\" role=\"alert\">").append(escape(error)).append("</div>");
        }
        html.append("<form method=\"post\" action=\"").append(escape(payment.id())).append("\" autocomplete=\"off\">")
                .append(input("card-number", "Номер карты", typed.number(), "0000 0000 0000 0000", "cc-number", 23))
                .append("<div class=\"row\"><div>")
                .append(input("card-expiry", "Срок действия (ММ/ГГ)", typed.expiry(), "12/30", "cc-exp", 7))
                .append("</div><div>")
                .append(input("card-cvc", "CVC", "", "123", "cc-csc", 3))
                .append("</div></div>")
                .append("<label for=\"notify-mode\">Уведомление магазину</label>")
                .append("<select id=\"notify-mode\" name=\"notify-mode\">");
        for (NotificationMode mode : NotificationMode.values()) {
            html.append("<option value=\"").append(mode.code()).append('"')
                    .append(mode == selected ? " selected" : "").append('>').append(mode.label()).append("</option>");
        }
        html.append("</select>")
                .append("<button type=\"submit\" id=\"pay\" name=\"action\" value=\"pay\">Оплатить</button>")
                .append("<button type=\"submit\" id=\"refuse\" name=\"action\" value=\"refuse\">")
                .append("Отказаться от оплаты</button>")
                .append("</form>");
        testCards(html);
        return tail(html);
    }

    String decided(Payment payment) {
        Payment.State state = payment.state();
        StringBuilder html = head("Оплата");
        if (state.status() == PaymentStatus.SUCCEEDED) {
            html.append("<h1>Платёж проведён</h1><p>").append(roubles(payment.amount())).append(" оплачено.</p>");
        } else {
            html.append("<h1>Платёж отменён</h1><p>")
                    .append(escape(REASONS.getOrDefault(state.cancellation().reason(), "платёж не состоялся")))
                    .append(".</p>");
        }
        html.append("<p><a id=\"back\" href=\"").append(escape(payment.returnUrl()))
                .append("\">Вернуться в магазин</a></p>");
        return tail(html);
    }

    String unknown() {
        StringBuilder html = head("Платёж не найден");
        html.append("<h1>Платёж не найден</h1><p>Такого платежа нет: ссылка устарела или эмулятор перезапускали ")
                .append("(он хранит платежи только в памяти).</p>");
        return tail(html);
    }

    /** Roubles as Russians write them: {@code 1 015,00 ₽}. */
    static String roubles(BigDecimal amount) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('\u00A0');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat("#,##0.00", symbols).format(amount) + "\u00A0₽";
    }

    private static void testCards(StringBuilder html) {
        html.append("<h2 class=\"note\">Тестовые карты (срок — любой будущий, CVC — любые три цифры)</h2><table>");
        for (TestCard card : TestCard.values()) {
            html.append("<tr><td>").append(card.number()).append("</td><td>").append(card.outcome())
                    .append("</td></tr>");
        }
        html.append("<tr><td>прошедший срок</td><td>отказ: истёк срок действия карты</td></tr></table>");
    }

    private static String input(String id, String label, String value, String placeholder, String autocomplete,
                                int maxLength) {
        return "<label for=\"" + id + "\">" + label + "</label><input id=\"" + id + "\" name=\"" + id
                + "\" inputmode=\"numeric\" autocomplete=\"" + autocomplete + "\" maxlength=\"" + maxLength
                + "\" placeholder=\"" + placeholder + "\" value=\"" + escape(value) + "\">";
    }

    private static StringBuilder head(String title) {
        return new StringBuilder("<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(title).append(" — ЮKassa (эмулятор)</title><style>").append(STYLE)
                .append("</style></head><body><main>");
    }

    private static String tail(StringBuilder html) {
        return html.append("</main></body></html>").toString();
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
