package org.cardhub.wallet.points;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.bonus.boundary.BonusCards;
import org.cardhub.bonus.entity.BonusRefusal;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.wallets.boundary.MyWallet;
import org.cardhub.wallets.entity.CodeCheck;
import org.cardhub.wallets.entity.CodeSending;
import org.cardhub.wallets.entity.PhoneCodeRefusal;
import org.cardhub.wallets.entity.PhoneNumber;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;

/**
 * Registering a bonus card to the wallet: the barcode and the holder's birth date are checked first (an issued card,
 * free, an adult), then a code goes to the wallet's phone, and the card is registered only once that code is typed.
 * The boundary checks the code with the card; the barcode and birth date are checked again then.
 */
@Named("bonusCardForm")
@ViewScoped
public class BonusCardForm implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Which input a refusal is about; the rest go to the top of the form. */
    private static final Map<BonusRefusal.Code, String> INPUTS = Map.of(
            BonusRefusal.Code.BARCODE_INVALID, "card-form:barcode",
            BonusRefusal.Code.CARD_UNKNOWN, "card-form:barcode",
            BonusRefusal.Code.CARD_TAKEN, "card-form:barcode",
            BonusRefusal.Code.BIRTH_DATE_INVALID, "card-form:birth",
            BonusRefusal.Code.NOT_ADULT, "card-form:birth");

    @EJB
    BonusCards cards;

    @EJB
    MyWallet wallet;

    @Inject
    PointsView points;

    private String barcode;
    private LocalDate birthDate;
    private String code;
    /** The wallet's phone the code went to; null until a code was sent. */
    private String phone;

    /** Checks the card and the birth date, then sends the code to the wallet's phone. */
    public void sendCode() {
        try {
            CodeSending sending = cards.sendCode(barcode, birthDate);
            switch (sending.status()) {
                case SENT -> {
                    phone = wallet.overview().phone();
                    code = null;
                    PageMessages.info("points.card.codeSent", masked(phone));
                }
                case RESEND_TOO_SOON -> PageMessages.refuse(null, "points.card.tooSoon", sending.waitSeconds());
                case BLOCKED -> PageMessages.refuse(null, "points.card.blocked", (sending.waitSeconds() + 59) / 60);
            }
        } catch (BonusRefusal refused) {
            PageMessages.refuse(INPUTS.get(refused.code()), "points.error." + refused.code().name());
        }
    }

    /** Checks the code typed; an accepted code registers the card. */
    public void confirm() {
        if (phone == null) {
            PageMessages.refuse(null, "points.card.noCode");
            return;
        }
        try {
            BonusCards.Registration registration = cards.register(barcode, birthDate, code);
            CodeCheck check = registration.check();
            if (!check.isAccepted()) {
                PageMessages.refuse("card-form:code", "points.card.code." + check.result().name(), check.attemptsLeft());
                return;
            }
            PageMessages.info("points.card.registered", barcode);
            cancel();
            points.reload();
        } catch (BonusRefusal refused) {
            phone = null;
            PageMessages.refuse(INPUTS.get(refused.code()), "points.error." + refused.code().name());
        } catch (PhoneCodeRefusal malformed) {
            PageMessages.refuse("card-form:code", "points.card.codeFormat");
        }
    }

    /** Back to the barcode and birth date. */
    public void cancel() {
        barcode = null;
        birthDate = null;
        code = null;
        phone = null;
    }

    /** «+7 900 ***-**-67». */
    static String masked(String phone) {
        return phone == null ? "" : new PhoneNumber(phone).masked();
    }

    public boolean isCodeSent() {
        return phone != null;
    }

    public String getMaskedPhone() {
        return masked(phone);
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    public String getBarcode() {
        return barcode;
    }

    public void setBarcode(String barcode) {
        this.barcode = barcode;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
