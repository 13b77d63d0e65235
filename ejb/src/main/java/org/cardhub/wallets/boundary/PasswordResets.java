package org.cardhub.wallets.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.cardhub.wallets.control.WalletWork;
import org.cardhub.wallets.entity.CodeCheck;
import org.cardhub.wallets.entity.CodeNotAccepted;
import org.cardhub.wallets.entity.CodePurpose;
import org.cardhub.wallets.entity.CodeSending;
import org.cardhub.wallets.entity.OneTimeCode;
import org.cardhub.wallets.entity.PhoneNumber;
import org.cardhub.wallets.entity.WalletPassword;

/**
 * A wallet holder who forgot the password sets a new one with a code to the phone, and may end every other session
 * at once. The new password meets the realm's policy and is none of the last ones (Keycloak keeps that history).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PasswordResets {

    @EJB
    PhoneCodes codes;

    @EJB
    WalletWork work;


    /** Sends the code for a new password to the phone of an open wallet. */
    public CodeSending sendCode(String phone) {
        PhoneNumber number = PhoneNumber.parse(phone);
        work.liveWallet(number);
        return codes.send(number.value(), CodePurpose.RESET_PASSWORD);
    }

    public void reset(String phone, String code, String newPassword, boolean endOtherSessions) {
        PhoneNumber number = PhoneNumber.parse(phone);
        String password = WalletPassword.checked(newPassword);
        OneTimeCode.typed(code);
        CodeCheck check = work.resetPassword(number, code, password, endOtherSessions);
        if (!check.isAccepted()) {
            throw new CodeNotAccepted(check);
        }
    }
}
