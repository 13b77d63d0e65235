package org.cardhub.documents.entity;

/** Who signs the seller's documents: their position and full name ("Иванов Иван Иванович"). */
public record Signer(String position, String surname, String firstName, String patronymic) {

    /** "Иванов И. И.", as a signature line prints it. */
    public String shortName() {
        return surname + " " + firstName.charAt(0) + "." + (patronymic == null || patronymic.isBlank() ? "" : " " + patronymic.charAt(0) + ".");
    }
}
