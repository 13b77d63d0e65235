package org.cardhub.wallets.control;

import org.cardhub.wallets.entity.CodePurpose;
import org.cardhub.wallets.entity.OneTimeCode;

/**
 * The SMS that carries a one-time code, with the warning never to tell it anyone. At most {@value #ONE_SMS} characters,
 * as an operator sends no more Cyrillic in one SMS and would split and bill a longer one twice.
 */
public final class CodeTexts {

    static final int ONE_SMS = 70;

    private CodeTexts() {
    }

    public static String sms(OneTimeCode code, CodePurpose purpose) {
        return "Cardhub: код " + code.digits() + " для " + purpose.inMessage() + ". Никому его не сообщайте";
    }
}
