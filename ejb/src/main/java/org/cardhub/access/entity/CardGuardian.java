package org.cardhub.access.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** A parent (or other guardian) of a pupil's card, by their Keycloak user name. */
@Entity
@Table(name = "card_guardian")
@IdClass(CardGuardian.Key.class)
public class CardGuardian {

    public static class Key implements Serializable {
        private Long cardId;
        private String username;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(cardId, key.cardId) && Objects.equals(username, key.username);
        }

        @Override
        public int hashCode() {
            return Objects.hash(cardId, username);
        }
    }

    @Id
    @Column(name = "card_id")
    private Long cardId;

    @Id
    private String username;

    protected CardGuardian() {
    }

    public CardGuardian(long cardId, String username) {
        this.cardId = cardId;
        this.username = Objects.requireNonNull(username);
    }
}
