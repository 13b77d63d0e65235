package org.cardhub.callers;

/**
 * Object-level checks: whether the caller may see or change a given contract or card, refused with
 * {@link AccessDeniedException} the same way whether it exists or not. Asked by the components that hold
 * contracts and cards and by those above them; answered by {@code org.cardhub.access}, which reads who holds
 * what, so the components asking need not know it (CDI injects the answer).
 */
public interface ObjectAccess {

    void requireContract(long contractId);

    void requireCard(long cardId);

    /** Partner systems credit only the contracts of their programs; everyone else is not limited here. */
    void requireServedIfPartner(long contractId);

    /**
     * To a partner a card that does not exist is refused like one of a program it does not serve, and as
     * early: no outcome is kept for either, so neither an answer nor a repeated key tells them apart.
     */
    void refuseUnknownCardIfPartner(Object card);

    boolean mayUseContract(long contractId);

    boolean mayUseCard(long cardId);

    /**
     * {@link #requireCard} and, for a person acting for an organisation, the right to change what {@code right}
     * covers on that card; refused as unknown when the card is out of the person's groups, and as not allowed
     * when it is only the right that is missing.
     */
    void requireRight(long cardId, CompanyRight right);

    /** {@link #requireContract} and, for a person acting for an organisation, the right over all its cards. */
    void requireContractRight(long contractId, CompanyRight right);

    /** Which of the contract's cards the caller sees; everyone but a group-limited company person sees all. */
    CardScope cardScope(long contractId);

    /** Whether the caller holds the right over the card (always true for anyone the rights do not limit). */
    boolean holdsRight(long cardId, CompanyRight right);

    /** Whether the caller holds the right at the contract's organisation, whichever groups they see. */
    boolean holdsContractRight(long contractId, CompanyRight right);

    /**
     * The caller acts for the organisation and holds the right there (back office always may); refused as unknown
     * when the caller is not one of its people, and as not allowed when only the right is missing.
     */
    void requireOrganizationRight(long organizationId, CompanyRight right);
}
