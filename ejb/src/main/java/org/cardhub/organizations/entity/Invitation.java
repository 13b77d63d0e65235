package org.cardhub.organizations.entity;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A person a company's administrator asks to act for the company: the address their Cardhub account is created
 * for (it is also the name they sign in with), and their name as the cabinet and Keycloak's mails show it.
 *
 * @param email     lower case, as Keycloak keeps it
 * @param firstName a person's given name
 * @param lastName  a person's family name
 */
public record Invitation(String email, String firstName, String lastName) {

    /** One @, no spaces, a dot in the domain; 254 characters at most (RFC 5321's limit on a path). */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s\"<>(),;:\\\\\\[\\]]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
            + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");
    /** Letters of any script, with spaces, hyphens, apostrophes and dots between them (Keycloak refuses <, &, $ …). */
    private static final Pattern NAME = Pattern.compile("\\p{L}[\\p{L}\\p{M} .'’-]{0,99}");

    public Invitation {
        email = email(email);
        firstName = name(firstName, MembershipRefusal.Code.FIRST_NAME_FORMAT);
        lastName = name(lastName, MembershipRefusal.Code.LAST_NAME_FORMAT);
    }

    /** The address in the form Cardhub keeps it, or the refusal {@code EMAIL_FORMAT}. */
    public static String email(String typed) {
        String email = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            throw new MembershipRefusal(MembershipRefusal.Code.EMAIL_FORMAT, "Not an email address: " + typed);
        }
        return email;
    }

    private static String name(String typed, MembershipRefusal.Code code) {
        String name = typed == null ? "" : typed.strip().replaceAll("\\s+", " ");
        if (!NAME.matcher(name).matches()) {
            throw new MembershipRefusal(code, "A name is 1 to 100 letters, spaces, hyphens or apostrophes");
        }
        return name;
    }

    public String fullName() {
        return firstName + " " + lastName;
    }
}
