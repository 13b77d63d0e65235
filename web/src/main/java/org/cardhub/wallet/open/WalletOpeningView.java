package org.cardhub.wallet.open;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.fleet.entity.KeycloakUnavailableException;
import org.cardhub.refusal.Refusal;
import org.cardhub.wallets.boundary.WalletOpening;
import org.cardhub.wallets.entity.CodeSending;
import org.cardhub.wallets.entity.OpenedWallet;

/**
 * Opening a wallet by phone ({@code /wallet/open.xhtml}): the phone and its code, then the name and a password typed
 * twice; the wallet opened shows its contract, the login and the virtual card's full number — once, as the view is
 * gone when the page is left.
 */
@Named
@ViewScoped
public class WalletOpeningView extends PhoneCodeForm {

    private static final long serialVersionUID = 1L;

    @Inject
    WalletOpening opening;

    private String firstName;
    private String lastName;
    private OpenedWallet opened;

    @Override
    CodeSending askCode(String phone) {
        return opening.sendCode(phone);
    }

    public void open() {
        if (!passwordsMatch()) {
            return;
        }
        try {
            opened = opening.open(getPhone(), getCode(), firstName, lastName, getPassword());
            done();
        } catch (Refusal refused) {
            tell(WalletAnswers.refused(refused));
        } catch (KeycloakUnavailableException down) {
            tell(WalletAnswers.unavailable());
        } finally {
            forgetPasswords();
        }
    }

    public OpenedWallet getOpened() {
        return opened;
    }

    /** The virtual card's full number in groups of four: shown on this page only. */
    public String getCardNumber() {
        return opened == null ? "" : WalletWords.cardNumber(opened.cardNumber());
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }
}
