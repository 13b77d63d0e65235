package org.cardhub.wallets.control;

import org.cardhub.wallets.entity.CodePurpose;
import org.cardhub.wallets.entity.OneTimeCode;
import org.cardhub.wallets.entity.PhoneCode;

/** The SMS that carries a one-time code: short enough for one SMS, and with the warning never to tell it anyone. */
public final class CodeTexts {

    private CodeTexts() {
    }

    public static String sms(OneTimeCode code, CodePurpose purpose) {
        return "Cardhub: код " + code.digits() + " для " + purpose.inMessage() + ". Действует "
                + PhoneCode.VALID_FOR.toMinutes() + " мин. Никому его не сообщайте.";
    }
}
