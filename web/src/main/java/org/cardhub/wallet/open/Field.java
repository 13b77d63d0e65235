package org.cardhub.wallet.open;

/** The inputs of the public wallet pages: both name them alike inside their form {@code wallet}. */
enum Field {
    PHONE("phone"),
    CODE("code"),
    FIRST_NAME("firstName"),
    LAST_NAME("lastName"),
    PASSWORD("password"),
    REPEAT("repeat"),
    /** Above the form: not about one input. */
    FORM(null);

    static final String FORM_ID = "wallet";

    private final String id;

    Field(String id) {
        this.id = id;
    }

    /** The input's client id, null for the form as a whole (the page's messages). */
    String clientId() {
        return id == null ? null : FORM_ID + ":" + id;
    }
}
