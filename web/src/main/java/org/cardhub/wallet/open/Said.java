package org.cardhub.wallet.open;

import java.util.List;

/**
 * What a public wallet page says about an answer: at which input, the message key and its arguments. A step refused
 * after its code was accepted leaves the code unspent (it rolled back with the step), so nothing is said of the code.
 */
record Said(Field field, String key, List<String> arguments) {

    Said {
        arguments = List.copyOf(arguments);
    }

    static Said at(Field field, String key, String... arguments) {
        return new Said(field, key, List.of(arguments));
    }
}
