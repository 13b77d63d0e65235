package org.cardhub.school.entity;

/** A pupil as their parent sees them: the card, its state and the money on its two purses. */
public record Child(long cardId, String name, String schoolContractNumber, String cardMasked, String status,
                    String generalBalance, String canteenBalance, String timeZone) {
}
