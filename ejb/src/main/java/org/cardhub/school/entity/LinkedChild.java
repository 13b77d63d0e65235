package org.cardhub.school.entity;

/** A child as the parent's linking page lists them: whose card, at which school, by which contract number. */
public record LinkedChild(long cardId, String name, String schoolName, String schoolContractNumber, String cardMasked) {
}
