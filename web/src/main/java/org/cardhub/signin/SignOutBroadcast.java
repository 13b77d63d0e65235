package org.cardhub.signin;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Topic;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells every server of the application that a Keycloak session has ended: Keycloak posts its back-channel logout to
 * one of them, while the person's cabinet sessions live on whichever server the load balancer keeps them on. Each
 * server's {@link SignOutListener} ends its own sessions of it. Published on the topic {@code SignOuts} of the broker
 * the servers share.
 */
@ApplicationScoped
public class SignOutBroadcast {

    private static final Logger LOG = Logger.getLogger(SignOutBroadcast.class.getName());

    @Inject
    @JMSConnectionFactory("jms/cardhubConnectionFactory")
    JMSContext jms;

    @Resource(lookup = "jms/SignOuts")
    Topic signOuts;

    /** Whether the other servers were told; this one has ended its sessions itself. */
    public boolean tellEveryServer(String sid) {
        try {
            jms.createProducer().send(signOuts, sid);
            return true;
        } catch (JMSRuntimeException e) {
            LOG.log(Level.SEVERE, "The end of a Keycloak session could not be told to the other servers: their cabinet "
                    + "sessions of it stay signed in until they time out", e);
            return false;
        }
    }
}
