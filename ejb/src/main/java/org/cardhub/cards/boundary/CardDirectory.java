package org.cardhub.cards.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardRef;
import org.cardhub.secrets.boundary.SecretVault;

import java.util.Optional;

/** Finds the card a request names; a card number is looked up by its keyed hash, never in clear. */
@Dependent
public class CardDirectory {

    @PersistenceContext
    EntityManager em;

    @Inject
    SecretVault vault;

    public Optional<Card> find(CardRef ref) {
        return switch (ref.kind()) {
            case ID -> Optional.ofNullable(em.find(Card.class, Long.valueOf(ref.value())));
            case PAN -> single("SELECT c FROM Card c WHERE c.panHash = :value", vault.lookupHash(ref.value()));
            case BARCODE -> single("SELECT c FROM Card c WHERE c.barcode = :value", ref.value());
            case SCHOOL_CONTRACT -> single("SELECT c FROM Card c WHERE c.schoolContractNumber = :value", ref.value());
        };
    }

    private Optional<Card> single(String query, String value) {
        return em.createQuery(query, Card.class).setParameter("value", value).getResultStream().findFirst();
    }
}
