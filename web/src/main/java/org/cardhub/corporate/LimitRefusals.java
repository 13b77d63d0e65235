package org.cardhub.corporate;

import org.cardhub.cabinet.PageMessages;
import org.cardhub.callers.RightMissingException;
import org.cardhub.limits.entity.InvalidLimitException;
import org.cardhub.limits.entity.LimitMeasure;
import org.cardhub.money.InvalidAmountException;
import org.cardhub.refusal.Refusal;

/**
 * Which input of a limits form a refusal is about and which message explains it ({@code fleet.limits.error.CODE}): a
 * value on the value input, a category on the categories, an end of the hours on that end, a station or region on its
 * list. What belongs to no input (a right missing, the card gone, one card of a group) is said for the whole form.
 *
 * @param form the id prefix of the form's inputs, e.g. {@code limit:}
 */
record LimitRefusals(String form, LimitChoices names) {

    /** Says why {@code refused}; the value's unit says whether two decimals (roubles) or three (litres) are allowed. */
    void show(Refusal refused, LimitMeasure measure) {
        if (refused instanceof RightMissingException) {
            PageMessages.refuse(null, "fleet.limits.error.RIGHT_MISSING");
        } else if (refused.code().kind() == Refusal.Kind.NOT_FOUND) {
            PageMessages.refuse(null, "fleet.limits.error.gone");
        } else if (refused.code() instanceof InvalidAmountException.Code code) {
            PageMessages.refuse(form + "value", "fleet.limits.error." + code
                    + (code == InvalidAmountException.Code.AMOUNT_SCALE ? "." + measure : ""));
        } else if (refused instanceof InvalidLimitException invalid) {
            String subject = invalid.subject() == null ? "" : invalid.subject();
            String key = "fleet.limits.error." + invalid.code();
            String card = invalid.card();
            switch (invalid.code()) {
                case CATEGORY_UNKNOWN, CATEGORY_NOT_ALLOWED, LIMIT_OUTSIDE_RESTRICTION -> {
                    if (card == null) {
                        PageMessages.refuse(form + "categories", key, names.name(subject));
                    } else {
                        PageMessages.refuse(null, key + ".card", names.name(subject), card);
                    }
                }
                case COUNT_PER_PURCHASE -> PageMessages.refuse(form + "period", key);
                case WINDOW_INCOMPLETE -> PageMessages.refuse(form + "from", key);
                case WINDOW_ENDS_BEFORE_START -> PageMessages.refuse(form + "to", key);
                case STATION_FORMAT -> PageMessages.refuse(form + "stations", key, subject);
                case REGION_FORMAT -> PageMessages.refuse(form + "regions", key, subject);
                case TEMPLATE_INVALID -> PageMessages.refuse(null, key);
                default -> PageMessages.refuse(form + "value", key);
            }
        } else {
            throw refused;
        }
    }
}
