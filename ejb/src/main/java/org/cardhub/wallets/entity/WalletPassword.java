package org.cardhub.wallets.entity;

/**
 * The realm's password policy as a person typing it should hear it before the identity provider does: at least 7
 * characters with a digit, a capital and a small letter. Whether it repeats one of the last passwords only the identity
 * provider knows ({@link WalletRefusal.Code#PASSWORD_REJECTED}).
 */
public final class WalletPassword {

    public static final int MIN_LENGTH = 7;
    private static final int MAX_LENGTH = 64;

    private WalletPassword() {
    }

    /** The password, if it meets the policy. */
    public static String checked(String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH
                || password.chars().noneMatch(Character::isDigit)
                || password.chars().noneMatch(Character::isUpperCase)
                || password.chars().noneMatch(Character::isLowerCase)) {
            throw new WalletRefusal(WalletRefusal.Code.PASSWORD_WEAK, "A password is " + MIN_LENGTH + " to " + MAX_LENGTH
                    + " characters with a digit, a capital and a small letter");
        }
        return password;
    }
}
