package org.cardhub.tools.simulator;

import jakarta.jms.JMSException;
import jakarta.jms.JMSSecurityException;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class JmsTerminalChannelTest {

    @Test
    void aSendWhoseAcknowledgementNeverCameIsInDoubtAndSentAgainNotCountedAsRefused() {
        assertThat(JmsTerminalChannel.connectionFailure(new JMSException("[C4000]: Packet acknowledge failed", "C4000")))
                .isTrue();
    }

    @Test
    void anIoFailureUnderneathIsALostConnection() {
        JMSException failure = new JMSException("write failed", "C4001");
        failure.initCause(new IOException("Broken pipe"));

        assertThat(JmsTerminalChannel.connectionFailure(failure)).isTrue();
    }

    @Test
    void aPermissionRefusedByTheBrokerIsARefusal() {
        assertThat(JmsTerminalChannel.connectionFailure(new JMSSecurityException("[C4076]: not authorized", "C4076")))
                .isFalse();
    }
}
