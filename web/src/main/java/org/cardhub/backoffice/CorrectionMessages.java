package org.cardhub.backoffice;

import org.cardhub.cabinet.PageMessages;
import org.cardhub.corrections.entity.FourEyes;
import org.cardhub.corrections.entity.Proposal;

/** What the corrections page says of a proposal it handled, and of a reason typed for one. */
final class CorrectionMessages {

    private CorrectionMessages() {
    }

    static void tell(Proposal done) {
        switch (done.status()) {
            case PENDING -> PageMessages.info("fix.corrections.waiting", Long.toString(done.id()));
            case POSTED -> PageMessages.info("fix.corrections.posted", Long.toString(done.id()), String.valueOf(done.entryId()));
            case DECLINED -> PageMessages.refuse(null, "INSUFFICIENT_FUNDS".equals(done.declineCode())
                    ? "fix.corrections.declined.funds" : "fix.corrections.declined", Long.toString(done.id()), done.declineCode());
            case REJECTED -> PageMessages.info("fix.corrections.rejected", Long.toString(done.id()));
        }
    }

    static boolean reasoned(String text, String field) {
        if (text == null || text.isBlank()) {
            PageMessages.refuse(field, "fix.corrections.refusal.REASON_REQUIRED");
            return false;
        }
        if (text.strip().length() > FourEyes.MAX_REASON) {
            PageMessages.refuse(field, "fix.corrections.refusal.REASON_TOO_LONG");
            return false;
        }
        return true;
    }
}
