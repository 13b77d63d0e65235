package org.cardhub.registry.entity;

/** Why a member of staff changes a contract or a card: required, kept in the lifecycle with who did it. */
public final class Reason {

    public static final int MAX = 400;

    private Reason() {
    }

    /** The reason as typed, its blanks tidied; refused when there is none or it is too long to keep. */
    public static String required(String typed) {
        String reason = typed == null ? "" : typed.strip().replaceAll("\\s+", " ");
        if (reason.isEmpty()) {
            throw new RegistryRefusal(RegistryRefusal.Code.REASON_REQUIRED, "A reason is required");
        }
        if (reason.length() > MAX) {
            throw new RegistryRefusal(RegistryRefusal.Code.REASON_TOO_LONG, "A reason is at most " + MAX + " long");
        }
        return reason;
    }
}
