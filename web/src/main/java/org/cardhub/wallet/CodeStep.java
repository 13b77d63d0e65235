package org.cardhub.wallet;

import org.cardhub.cabinet.PageMessages;
import org.cardhub.refusal.Refusal;
import org.cardhub.wallets.boundary.MyWallet;
import org.cardhub.wallets.entity.CodeSending;

import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * The code sent to the wallet's phone for a step that needs one, as a page asks for it: sent (type it), sent a moment
 * ago (the code already sent still works; another after the wait), or the number blocked for codes until a time. The
 * code typed is kept here until the step is done or given up.
 */
public class CodeStep implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private String code;
    private boolean asked;

    /** Asks for a code and says what came of it; false when none can be typed (the number blocked, or a refusal). */
    boolean ask(MyWallet wallet, ZoneId zone) {
        code = null;
        try {
            CodeSending sending = wallet.sendConfirmationCode();
            asked = sending.status() != CodeSending.Status.BLOCKED;
            tell(sending, zone);
        } catch (Refusal refused) {
            asked = false;
            WalletRefusals.show(refused, Map.of(), zone);
        }
        return asked;
    }

    static void tell(CodeSending sending, ZoneId zone) {
        switch (sending.status()) {
            case SENT -> PageMessages.info("wallet.code.sent");
            case RESEND_TOO_SOON -> PageMessages.info("wallet.code.tooSoon", sending.waitSeconds());
            case BLOCKED -> PageMessages.refuse(null, "wallet.code.BLOCKED",
                    sending.blockedUntil() == null || zone == null ? "" : TIME.format(sending.blockedUntil().atZone(zone)));
        }
    }

    void reset() {
        code = null;
        asked = false;
    }

    public boolean isAsked() {
        return asked;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
