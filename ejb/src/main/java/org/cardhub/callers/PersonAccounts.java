package org.cardhub.callers;

/**
 * People's own accounts at the identity provider, for a component where a person signs up and sets their password
 * themselves — a wallet opened by phone — without knowing the identity provider. Asked like {@link RealmRoles}: CDI
 * injects the answer, Keycloak's admin API in the {@code fleet} component. It joins the caller's transaction: an
 * account opened is deleted again when that does not commit.
 */
public interface PersonAccounts {

    /**
     * A new enabled account that signs in with {@code login} and {@code password} and holds the role.
     *
     * @return the account's immutable id (the tokens' {@code sub})
     * @throws AccountRefusal the login is taken, or the identity provider refused the password
     */
    String open(String login, String firstName, String lastName, String phone, String password, Role role);

    /**
     * Sets the person's new password; with {@code endSessions} every session they have anywhere ends.
     *
     * @throws AccountRefusal the identity provider refused the password (one of the last ones, say)
     */
    void changePassword(String subject, String password, boolean endSessions);

    /**
     * Deletes the person's account once the caller's transaction has committed (nothing happens when it does not):
     * every session they have ends, and the login is free for a new account.
     */
    void closeAfterCommit(String subject);
}
