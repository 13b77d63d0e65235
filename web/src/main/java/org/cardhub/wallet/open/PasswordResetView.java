package org.cardhub.wallet.open;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.fleet.entity.KeycloakUnavailableException;
import org.cardhub.refusal.Refusal;
import org.cardhub.wallets.boundary.PasswordResets;
import org.cardhub.wallets.entity.CodeSending;

/**
 * A wallet holder's new password by a code to the phone ({@code /wallet/reset.xhtml}), typed twice; every other
 * session of theirs ends unless they uncheck it.
 */
@Named
@ViewScoped
public class PasswordResetView extends PhoneCodeForm {

    private static final long serialVersionUID = 1L;

    @Inject
    PasswordResets resets;

    private boolean endOtherSessions = true;

    @Override
    CodeSending askCode(String phone) {
        return resets.sendCode(phone);
    }

    public void reset() {
        if (!passwordsMatch()) {
            return;
        }
        try {
            resets.reset(getPhone(), getCode(), getPassword(), endOtherSessions);
            done();
        } catch (Refusal refused) {
            tell(WalletAnswers.refused(refused));
        } catch (KeycloakUnavailableException down) {
            tell(WalletAnswers.unavailable());
        } finally {
            forgetPasswords();
        }
    }

    public boolean isEndOtherSessions() {
        return endOtherSessions;
    }

    public void setEndOtherSessions(boolean endOtherSessions) {
        this.endOtherSessions = endOtherSessions;
    }
}
