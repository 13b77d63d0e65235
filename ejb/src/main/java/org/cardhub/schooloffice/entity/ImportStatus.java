package org.cardhub.schooloffice.entity;

/** How an import of pupils ended. */
public enum ImportStatus {
    /** Applied: pupils, classes or benefits changed. */
    APPLIED,
    /** Applied, and the school's lists already said what the file says. */
    UNCHANGED,
    /** Not applied: the file or its rows broke the rules. */
    REFUSED,
    /** Not applied: it failed on the way (the database, a conflict); nothing of it was written. */
    FAILED
}
