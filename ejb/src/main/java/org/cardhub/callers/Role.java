package org.cardhub.callers;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of people and systems that sign in to Cardhub. Each is a realm role of the Keycloak realm
 * {@code cardhub}, carried in the tokens' flat {@code groups} claim and mapped one to one onto the
 * application's security roles.
 */
public enum Role {
    BACKOFFICE(Names.BACKOFFICE, true),
    CORPORATE(Names.CORPORATE, true),
    PARENT(Names.PARENT, true),
    PUPIL(Names.PUPIL, true),
    TEACHER(Names.TEACHER, true),
    CANTEEN(Names.CANTEEN, true),
    DIRECTOR(Names.DIRECTOR, true),
    /** The staff of an education centre: its groups, pupils, attendance and subscriptions. */
    CENTER(Names.CENTER, true),
    /** A person who opened a wallet by phone: its balance, cards, transfers and bonus points. */
    WALLET(Names.WALLET, true),
    PARTNER_AGENT(Names.PARTNER_AGENT, false),
    PARTNER_FLEET(Names.PARTNER_FLEET, false),
    /** The bonus programme's tills: they record checks paid with a bonus card, and their returns. */
    PARTNER_BONUS(Names.PARTNER_BONUS, false),
    /** Not a realm role: a terminal proves itself with its signing key (terminal protocol, stop lists). */
    TERMINAL(Names.TERMINAL, false),
    /**
     * Someone who registered on Keycloak's own page and has no other role yet: the realm's default group gives it to
     * every new account, so it is last here and any other role's cabinet comes first.
     */
    APPLICANT(Names.APPLICANT, true);

    /** Compile-time constants for {@code @RolesAllowed} and {@code @DeclareRoles}. */
    public static final class Names {
        public static final String BACKOFFICE = "backoffice";
        public static final String CORPORATE = "corporate";
        public static final String PARENT = "parent";
        public static final String PUPIL = "pupil";
        public static final String TEACHER = "teacher";
        public static final String CANTEEN = "canteen";
        public static final String DIRECTOR = "director";
        public static final String CENTER = "center";
        public static final String WALLET = "wallet";
        public static final String PARTNER_AGENT = "partner-agent";
        public static final String PARTNER_FLEET = "partner-fleet";
        public static final String PARTNER_BONUS = "partner-bonus";
        public static final String TERMINAL = "terminal";
        public static final String APPLICANT = "applicant";

        private Names() {
        }
    }

    private final String roleName;
    private final boolean person;

    Role(String roleName, boolean person) {
        this.roleName = roleName;
        this.person = person;
    }

    public String roleName() {
        return roleName;
    }

    /** People use a cabinet; partner systems only call the APIs. */
    public boolean hasCabinet() {
        return person;
    }

    public static Optional<Role> ofRoleName(String name) {
        return Arrays.stream(values()).filter(role -> role.roleName.equals(name)).findFirst();
    }
}
