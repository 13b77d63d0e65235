package org.cardhub.partners.entity;

/** The result codes of the payment-agent protocol; every one but {@link #TEMPORARY} is final for the agent. */
public enum AgentResult {
    OK(0, "OK"),
    TEMPORARY(1, "Временная ошибка, повторите запрос позже"),
    ACCOUNT_FORMAT(4, "Неверный формат номера счёта"),
    ACCOUNT_NOT_FOUND(5, "Счёт не найден"),
    PAYMENT_FORBIDDEN(7, "Приём платежа на этот счёт запрещён"),
    TECHNICAL_FORBIDDEN(8, "Приём платежа запрещён по техническим причинам"),
    ACCOUNT_INACTIVE(79, "Счёт не активен"),
    NOT_COMPLETED(90, "Платёж не проведён"),
    SUM_TOO_SMALL(241, "Сумма слишком мала"),
    SUM_TOO_LARGE(242, "Сумма слишком велика"),
    CANNOT_CHECK(243, "Невозможно проверить состояние счёта"),
    OTHER(300, "Другая ошибка");

    private final int code;
    private final String comment;

    AgentResult(int code, String comment) {
        this.code = code;
        this.comment = comment;
    }

    public int code() {
        return code;
    }

    /** What the agent's operator reads; the protocol's agents are Russian. */
    public String comment() {
        return comment;
    }

    public boolean isFatal() {
        return this != OK && this != TEMPORARY;
    }
}
