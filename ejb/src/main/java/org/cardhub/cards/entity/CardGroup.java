package org.cardhub.cards.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A named set of a contract's cards (a department, a route, a depot): the fleet manager filters by it, applies
 * a limit template to all its cards at once, and may be given only some groups.
 */
@Entity
@Table(name = "card_group")
public class CardGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contract_id")
    private long contractId;

    private String name;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected CardGroup() {
    }

    public CardGroup(long contractId, String name, Instant now) {
        this.contractId = contractId;
        rename(name);
        this.createdAt = now;
    }

    /** 1 to 100 printable characters. */
    public void rename(String name) {
        this.name = nameOf(name);
    }

    /** A name as a group keeps it (without the blanks around it), refused unless 1 to 100 printable characters. */
    public static String nameOf(String typed) {
        String stripped = typed == null ? "" : typed.strip();
        if (stripped.isEmpty() || stripped.length() > 100 || stripped.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidCardOperationException(InvalidCardOperationException.Code.GROUP_NAME_FORMAT,
                    "A group's name is 1 to 100 printable characters");
        }
        return stripped;
    }

    /** Whether {@code other} names this group too: two groups of a contract differing only in case would confuse. */
    public boolean isNamed(String other) {
        return name.equalsIgnoreCase(nameOf(other));
    }

    /**
     * Refuses to go while a card of the fleet is in it, or while a company's user is limited to it (their access
     * would silently shrink); cards replaced by a reissue are history and do not keep a group.
     */
    public void checkRemovable(long liveCards, long usersLimitedToIt) {
        if (liveCards > 0) {
            throw new InvalidCardOperationException(InvalidCardOperationException.Code.GROUP_NOT_EMPTY,
                    "Group " + name + " still holds " + liveCards + " cards");
        }
        if (usersLimitedToIt > 0) {
            throw new InvalidCardOperationException(InvalidCardOperationException.Code.GROUP_GIVEN_TO_USERS,
                    "Group " + name + " is given to " + usersLimitedToIt + " users");
        }
    }

    public Long id() {
        return id;
    }

    public long contractId() {
        return contractId;
    }

    public String name() {
        return name;
    }
}
