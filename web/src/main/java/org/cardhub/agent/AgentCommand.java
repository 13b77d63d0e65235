package org.cardhub.agent;

import java.util.Arrays;
import java.util.Optional;

/** What an agent asks: the protocol's {@code check} and {@code pay}, and Cardhub's {@code status}. */
enum AgentCommand {
    CHECK("check"),
    PAY("pay"),
    STATUS("status");

    private final String parameter;

    AgentCommand(String parameter) {
        this.parameter = parameter;
    }

    static Optional<AgentCommand> of(String parameter) {
        return Arrays.stream(values()).filter(command -> command.parameter.equals(parameter)).findFirst();
    }
}
