package org.cardhub.cabinet;

import org.cardhub.access.entity.Role;

import java.util.Arrays;
import java.util.Optional;

/** Each kind of person has one cabinet; the path prefix is what web.xml guards with the role. */
public enum Cabinet {
    BACKOFFICE(Role.BACKOFFICE),
    CORPORATE(Role.CORPORATE),
    PARENT(Role.PARENT),
    PUPIL(Role.PUPIL),
    TEACHER(Role.TEACHER),
    CANTEEN(Role.CANTEEN),
    DIRECTOR(Role.DIRECTOR);

    private final Role role;

    Cabinet(Role role) {
        this.role = role;
    }

    public Role role() {
        return role;
    }

    public String homePath() {
        return "/cabinet/" + role.roleName() + "/index.xhtml";
    }

    public static Optional<Cabinet> of(Role role) {
        return Arrays.stream(values()).filter(cabinet -> cabinet.role == role).findFirst();
    }
}
