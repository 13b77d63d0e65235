package org.cardhub.canteen;

/** What the canteen supplier's pages share: an id named in the address. */
final class CanteenPages {

    private CanteenPages() {
    }

    /** The id in {@code ?school=}; null for anything that is not a plain number. */
    static Long idOf(String parameter) {
        return parameter == null || !parameter.strip().matches("\\d{1,18}") ? null : Long.valueOf(parameter.strip());
    }
}
