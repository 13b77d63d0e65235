package org.cardhub.wallet.open;

import java.util.List;

/**
 * What a public wallet page says about an answer: at which input, the message key and its arguments.
 *
 * @param codeSpent the code was accepted before the step failed, so it is spent: a new one has to be asked for
 */
record Said(Field field, String key, List<String> arguments, boolean codeSpent) {

    Said {
        arguments = List.copyOf(arguments);
    }

    static Said at(Field field, String key, String... arguments) {
        return new Said(field, key, List.of(arguments), false);
    }

    Said spendingTheCode() {
        return new Said(field, key, arguments, true);
    }
}
