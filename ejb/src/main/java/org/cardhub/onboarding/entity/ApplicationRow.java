package org.cardhub.onboarding.entity;

import org.cardhub.contracts.entity.BalanceModel;
import org.cardhub.organizations.entity.OrganizationForm;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * An application as the applicant's history, the back office's queue and the report show it.
 *
 * @param id               null only before it is stored
 * @param applicantSubject null for a contract signed at an office without a company user invited
 * @param offerVersion   null (as its hash and time) for a contract signed at an office
 * @param decidedAt      null while it waits
 * @param contractNumber the contract it became, once approved
 */
public record ApplicationRow(Long id, ApplicationStatus status, ApplicationChannel channel, Instant submittedAt, String applicantSubject,
                             String applicantEmail, String applicantName, OrganizationForm form, String organizationName,
                             String inn, String kpp, String ogrn, String bik, String settlementAccount, String timeZone,
                             TariffPlan plan, TariffOption option, String tariffCode, List<String> stations,
                             BalanceModel balanceModel, int cardCount, String offerVersion, String offerSha256,
                             Instant offerAcceptedAt, Instant decidedAt, String decidedBy, String rejectionReason,
                             String contractNumber) implements Serializable {

    public ApplicationRow {
        stations = List.copyOf(stations);
    }
}
