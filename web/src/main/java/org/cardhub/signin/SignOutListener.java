package org.cardhub.signin;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;

import java.util.logging.Logger;

/** On every server: ends this server's cabinet sessions of a Keycloak session that has ended ({@link SignOutBroadcast}). */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "jms/SignOuts"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic")})
public class SignOutListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(SignOutListener.class.getName());

    @Inject
    CabinetSessions sessions;

    @Override
    public void onMessage(Message message) {
        try {
            if (message instanceof TextMessage text && text.getText() != null && !text.getText().isBlank()) {
                int ended = sessions.endAllOf(text.getText());
                if (ended > 0) {
                    LOG.info(() -> "A Keycloak session ended elsewhere: " + ended + " cabinet session(s) of it ended here");
                }
            }
        } catch (JMSException unreadable) {
            LOG.warning(() -> "A sign-out message could not be read: " + unreadable.getMessage());
        }
    }
}
