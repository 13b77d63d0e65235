package org.cardhub.it;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TextMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.util.Collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The broker as someone on the network meets it: guest and the default admin password are refused, and the terminal
 * account may send to TerminalEvents and read its own reply queue, nothing else — no stealing or browsing events,
 * no reading dead letters, no destinations created on demand. The broker and the admin ports listen on this machine only.
 */
class BrokerLockdownIT {

    private static final String TERMINAL_USER = "terminal";
    private static final String TERMINAL_PASSWORD = "Demo-terminal-1";

    private Connection terminal;
    private Session session;

    @BeforeEach
    void connectAsATerminal() throws Exception {
        terminal = factory().createConnection(TERMINAL_USER, TERMINAL_PASSWORD);
        terminal.start();
        session = terminal.createSession(false, Session.AUTO_ACKNOWLEDGE);
    }

    @AfterEach
    void disconnect() throws JMSException {
        terminal.close();
    }

    @Test
    void guestAndTheDefaultAdminPasswordAreRefused() {
        assertThrows(JMSSecurityException.class, () -> factory().createConnection("guest", "guest").close());
        assertThrows(JMSSecurityException.class, () -> factory().createConnection("admin", "admin").close());
    }

    @Test
    void aTerminalSendsAnEventAndReadsItsReplyOnItsTemporaryQueue() throws JMSException {
        TemporaryQueue replies = session.createTemporaryQueue();
        TextMessage event = session.createTextMessage("{\"v\":1,\"eventId\":\"lockdown-probe\"}");
        event.setStringProperty("terminalId", "NO-SUCH-TERMINAL");
        event.setJMSReplyTo(replies);
        session.createProducer(session.createQueue("TerminalEvents")).send(event);

        Message reply = session.createConsumer(replies).receive(30_000);

        assertThat(reply).isInstanceOf(TextMessage.class);
        assertThat(((TextMessage) reply).getText()).contains("TERMINAL_UNKNOWN");
    }

    @Test
    void aTerminalCanNeitherTakeNorBrowseEventsNorReadDeadLetters() throws JMSException {
        Queue events = session.createQueue("TerminalEvents");
        Queue deadLetters = session.createQueue("mq.sys.dmq");

        assertRefused(() -> session.createConsumer(events).close());
        assertRefused(() -> browse(events));
        assertRefused(() -> session.createConsumer(deadLetters).close());
        assertRefused(() -> browse(deadLetters));
    }

    @Test
    void aTerminalCannotCreateDestinations() throws JMSException {
        Queue invented = session.createQueue("Invented" + System.nanoTime());

        assertRefused(() -> session.createProducer(invented).send(session.createTextMessage("x")));
    }

    @Test
    void theBrokerAndPayarasAdministrationListenOnThisMachineOnly() throws Exception {
        InetAddress outside = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .filter(face -> !isLoopback(face))
                .flatMap(face -> Collections.list(face.getInetAddresses()).stream())
                .filter(address -> address.getAddress().length == 4)
                .findFirst().orElse(null);
        if (outside == null) {
            return; // a machine with no other interface has nothing to listen on
        }
        for (int port : new int[]{7676, 4848, 8686, 3700}) {
            assertThat(answers(outside, port)).as("port %d on %s", port, outside).isFalse();
            assertThat(answers(InetAddress.getLoopbackAddress(), port)).as("port %d on loopback", port).isTrue();
        }
    }

    private void browse(Queue queue) throws JMSException {
        QueueBrowser browser = session.createBrowser(queue);
        browser.getEnumeration().hasMoreElements();
        browser.close();
    }

    private static void assertRefused(Executable action) {
        assertThrows(JMSSecurityException.class, action);
    }

    private static boolean isLoopback(NetworkInterface face) {
        try {
            return face.isLoopback() || !face.isUp();
        } catch (java.net.SocketException e) {
            return true;
        }
    }

    private static boolean answers(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new java.net.InetSocketAddress(address, port), 2_000);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** OpenMQ's client, taken from Payara's mq/lib (see the failsafe configuration), by name: it is no compile dependency. */
    static ConnectionFactory factory() throws ReflectiveOperationException {
        Object factory = Class.forName("com.sun.messaging.ConnectionFactory").getConstructor().newInstance();
        var set = factory.getClass().getMethod("setProperty", String.class, String.class);
        set.invoke(factory, "imqAddressList", "mq://localhost:7676/");
        set.invoke(factory, "imqReconnectEnabled", "false");
        return (ConnectionFactory) factory;
    }
}
