package org.cardhub.wallet.open;

import org.cardhub.cabinet.PageMessages;
import org.cardhub.refusal.Refusal;
import org.cardhub.wallets.entity.CodeSending;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What both public wallet pages share: the phone, the code asked for it (the page says until when it is valid, and
 * counts down to when another may be asked), the step the page is at, and telling a refusal at its input. The second
 * step keeps what was typed when a refusal is about another input: only the inputs refused are drawn again, and the
 * two passwords together (drawn empty, to be typed again).
 */
public abstract class PhoneCodeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    enum Step { PHONE, DETAILS, DONE }

    private String phone;
    private String code;
    private String password;
    private String repeat;
    private Step step = Step.PHONE;
    private Instant nextCodeAt;

    /** The page's boundary asks the code for its own purpose. */
    abstract CodeSending askCode(String phone);

    public void sendCode() {
        CodeSending sending;
        try {
            sending = askCode(phone);
        } catch (Refusal refused) {
            tell(WalletAnswers.refused(refused));
            return;
        }
        Said said = WalletAnswers.sending(sending, getPhoneShown());
        if (sending.status() == CodeSending.Status.BLOCKED) {
            tell(said);
            return;
        }
        nextCodeAt = sending.nextCodeAt();
        if (sending.isSent()) {
            PageMessages.info(said.key(), said.arguments().toArray());
            code = null;
        } else {
            PageMessages.warn(said.key(), said.arguments().toArray());
        }
        if (step == Step.PHONE) {
            step = Step.DETAILS;
            redrawForm();
        }
    }

    /** Back to the first step, to give another phone. */
    public void changePhone() {
        step = Step.PHONE;
        code = null;
        nextCodeAt = null;
    }

    /** Whether the two passwords typed are the same; if not, said at the second, and both are to be typed again. */
    boolean passwordsMatch() {
        if (Objects.equals(password, repeat)) {
            return true;
        }
        tell(Said.at(Field.REPEAT, "wopen.password.mismatch"));
        return false;
    }

    /** The page's step is done: the form shows its last panel, and no password stays in the view. */
    void done() {
        step = Step.DONE;
        forgetPasswords();
        code = null;
        redrawForm();
    }

    void forgetPasswords() {
        password = null;
        repeat = null;
    }

    void tell(Said said) {
        Field field = step != Step.PHONE && said.field() == Field.PHONE ? Field.FORM : said.field();
        PageMessages.refuse(field.clientId(), said.key(), said.arguments().toArray());
        if (field == Field.PASSWORD || field == Field.REPEAT) {
            redraw(Field.FORM_ID + ":password-field", Field.FORM_ID + ":repeat-field");
        }
    }

    private static void redrawForm() {
        redraw(Field.FORM_ID);
    }

    private static void redraw(String... clientIds) {
        PrimeFaces current = PrimeFaces.current();
        if (current.isAjaxRequest()) {
            current.ajax().update(clientIds);
        }
    }

    /** Seconds until another code may be asked, as the page is drawn; 0 when it may be asked now. */
    public long getResendWait() {
        if (nextCodeAt == null) {
            return 0;
        }
        Duration left = Duration.between(Instant.now(), nextCodeAt);
        return left.isNegative() ? 0 : left.toSeconds() + (left.toNanosPart() > 0 ? 1 : 0);
    }

    public boolean isPhoneStep() {
        return step == Step.PHONE;
    }

    public boolean isDetailsStep() {
        return step == Step.DETAILS;
    }

    public boolean isDone() {
        return step == Step.DONE;
    }

    public String getPhoneShown() {
        return WalletWords.phone(phone);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
