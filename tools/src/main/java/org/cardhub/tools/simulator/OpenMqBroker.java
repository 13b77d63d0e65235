package org.cardhub.tools.simulator;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Payara's OpenMQ broker as the terminals reach it: {@code com.sun.messaging.ConnectionFactory} with
 * {@code imqAddressList=mq://host:port/}; for a broker cluster, each connection goes to one of its brokers at random
 * and tries the others when that one does not answer. The OpenMQ client is looked up by class name so that the simulator compiles
 * and its unit tests run with the Jakarta Messaging API alone; Payara's {@code mq/lib/imq.jar} goes on the class
 * path beside the tools' jar when they run.
 */
final class OpenMqBroker implements TerminalChannel.Opener {

    static final String CONNECTION_FACTORY = "com.sun.messaging.ConnectionFactory";

    private final List<String> addresses;
    private final String user;
    private final String password;
    private final String queue;

    OpenMqBroker(List<String> addresses, String user, String password, String queue) {
        this.addresses = List.copyOf(addresses);
        this.user = user;
        this.password = password;
        this.queue = queue;
    }

    @Override
    public String address() {
        return String.join(",", addresses);
    }

    @Override
    public TerminalChannel open() throws ChannelException {
        ConnectionFactory factory = connectionFactory();
        Connection connection;
        try {
            connection = factory.createConnection(user, password);
        } catch (JMSException | RuntimeException e) {
            throw new ChannelException("cannot connect to the OpenMQ broker at " + address() + " as " + user, e);
        }
        return JmsTerminalChannel.start(connection, queue);
    }

    private ConnectionFactory connectionFactory() throws ChannelException {
        Object factory;
        try {
            factory = Class.forName(CONNECTION_FACTORY, true, classLoader()).getConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw new ChannelException("cannot connect to the OpenMQ broker at " + address()
                    + ": the OpenMQ client (" + CONNECTION_FACTORY + ") is not on the class path; add Payara's"
                    + " mq/lib/imq.jar (server-config/target/runtime/payara6/mq/lib/imq.jar once server-config is"
                    + " built)", e);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new ChannelException("cannot create the OpenMQ connection factory for " + address(), e);
        }
        Map<String, String> settings = Map.of(
                "imqAddressList", addresses.stream().map(address -> "mq://" + address + "/")
                        .collect(Collectors.joining(",")),
                "imqAddressListBehavior", "RANDOM",
                "imqAddressListIterations", "1",
                // the simulator reconnects itself, with new reply queues, and reports the outage
                "imqReconnectEnabled", "false",
                "imqSocketConnectTimeout", "5000",
                "imqPingInterval", "5");
        try {
            for (Map.Entry<String, String> setting : settings.entrySet()) {
                factory.getClass().getMethod("setProperty", String.class, String.class)
                        .invoke(factory, setting.getKey(), setting.getValue());
            }
        } catch (InvocationTargetException e) {
            throw new ChannelException("the OpenMQ client refused its settings for " + address(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new ChannelException("the OpenMQ client has no setProperty(String, String)", e);
        }
        return (ConnectionFactory) factory;
    }

    private static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : OpenMqBroker.class.getClassLoader();
    }
}
