package org.cardhub.wallets.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.cardhub.wallets.control.WalletWork;
import org.cardhub.wallets.entity.CodeNotAccepted;
import org.cardhub.wallets.entity.CodePurpose;
import org.cardhub.wallets.entity.CodeSending;
import org.cardhub.wallets.entity.OneTimeCode;
import org.cardhub.wallets.entity.OpenedWallet;
import org.cardhub.wallets.entity.PersonName;
import org.cardhub.wallets.entity.PhoneNumber;
import org.cardhub.wallets.entity.WalletPassword;
import org.cardhub.wallets.entity.WalletRefusal;

/**
 * Anyone opens a wallet with their phone: a code to the phone, then the name and a password under the realm's
 * policy; the wallet (non-identified), its login (the phone's digits) and a free virtual card exist at once. Every field
 * is checked before the code is, so a typo costs no attempt; a wrong code is counted, a failure after the code was
 * accepted leaves it unspent.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WalletOpening {

    @EJB
    PhoneCodes codes;

    @EJB
    WalletWork work;


    /** Sends the code for opening a wallet, unless the phone has a wallet already. */
    public CodeSending sendCode(String phone) {
        PhoneNumber number = PhoneNumber.parse(phone);
        if (work.isTaken(number)) {
            throw new WalletRefusal(WalletRefusal.Code.PHONE_TAKEN, "A wallet is open on this phone already");
        }
        return codes.send(number.value(), CodePurpose.OPEN_WALLET);
    }

    public OpenedWallet open(String phone, String code, String firstName, String lastName, String password) {
        PhoneNumber number = PhoneNumber.parse(phone);
        PersonName name = new PersonName(firstName, lastName);
        String checkedPassword = WalletPassword.checked(password);
        OneTimeCode.typed(code);
        if (work.isTaken(number)) {
            throw new WalletRefusal(WalletRefusal.Code.PHONE_TAKEN, "A wallet is open on this phone already");
        }
        WalletWork.Coded<OpenedWallet> opened = work.open(number, code, name, checkedPassword);
        if (!opened.check().isAccepted()) {
            throw new CodeNotAccepted(opened.check());
        }
        return opened.result();
    }
}
