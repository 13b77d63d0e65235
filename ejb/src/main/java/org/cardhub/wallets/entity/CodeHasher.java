package org.cardhub.wallets.entity;

/** The keyed hash a code is kept as, for its phone and purpose ({@code SecretVault.phoneCodeHash} in service). */
@FunctionalInterface
public interface CodeHasher {

    String hash(PhoneNumber phone, CodePurpose purpose, OneTimeCode code);
}
