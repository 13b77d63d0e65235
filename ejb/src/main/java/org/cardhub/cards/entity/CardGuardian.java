package org.cardhub.cards.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** A parent (or other guardian) of a pupil's card, by their Keycloak user id (the tokens' {@code sub}), which no one can take over by registering a name. */
@Entity
@Table(name = "card_guardian")
@IdClass(CardGuardian.Key.class)
public class CardGuardian {

    public static class Key implements Serializable {
        private Long cardId;
        private String subject;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(cardId, key.cardId) && Objects.equals(subject, key.subject);
        }

        @Override
        public int hashCode() {
            return Objects.hash(cardId, subject);
        }
    }

    @Id
    @Column(name = "card_id")
    private Long cardId;

    @Id
    private String subject;

    protected CardGuardian() {
    }

    public CardGuardian(long cardId, String subject) {
        this.cardId = cardId;
        this.subject = Objects.requireNonNull(subject);
    }
}
