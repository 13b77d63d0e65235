package org.cardhub.wallets.entity;

/**
 * The code typed for a step that needs one was not accepted: wrong (attempts left), expired, used, never sent, or the
 * number blocked. The count of a wrong code is kept; nothing else is written.
 */
public class CodeNotAccepted extends WalletRefusal {

    private static final long serialVersionUID = 1L;

    private final CodeCheck check;

    public CodeNotAccepted(CodeCheck check) {
        super(Code.CODE_NOT_ACCEPTED, "The code was not accepted: " + check.result().name().toLowerCase());
        this.check = check;
    }

    public CodeCheck check() {
        return check;
    }
}
