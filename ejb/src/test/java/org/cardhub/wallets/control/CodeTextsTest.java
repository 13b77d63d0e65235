package org.cardhub.wallets.control;

import org.cardhub.wallets.entity.CodePurpose;
import org.cardhub.wallets.entity.OneTimeCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CodeTextsTest {

    @Test
    void theSmsOfEveryPurposeCarriesTheCodeAndFitsOneCyrillicSms() {
        for (CodePurpose purpose : CodePurpose.values()) {
            assertThat(CodeTexts.sms(OneTimeCode.typed("0427"), purpose)).as(purpose.name())
                    .contains("код 0427 для " + purpose.inMessage()).hasSizeLessThanOrEqualTo(CodeTexts.ONE_SMS);
        }
    }
}
