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
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > 100 || stripped.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidCardOperationException(InvalidCardOperationException.Code.GROUP_NAME_FORMAT,
                    "A group's name is 1 to 100 printable characters");
        }
        this.name = stripped;
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
