package org.cardhub.operations.control;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Which server a run or a sample comes from: the Payara instance and its host, as an operator would look for it. */
public final class Nodes {

    private Nodes() {
    }

    public static String name() {
        String instance = System.getProperty("com.sun.aas.instanceName", "server");
        try {
            return instance + "@" + InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return instance;
        }
    }
}
