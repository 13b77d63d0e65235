package org.cardhub.contracts.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Why a contract refuses an operation on its money, and which contracts a wallet level caps. */
class ContractRefusalTest {

    private static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private static Contract schoolIn(ContractStatus status) {
        Contract contract = Contract.school("S-1", 8, MOSCOW, NOW);
        switch (status) {
            case APPLICATION -> { }
            case ACTIVE -> contract.changeStatus(ContractStatus.ACTIVE);
            case SUSPENDED -> { contract.changeStatus(ContractStatus.ACTIVE); contract.changeStatus(ContractStatus.SUSPENDED); }
            case CLOSED -> contract.changeStatus(ContractStatus.CLOSED);
        }
        return contract;
    }

    @Test
    void anActiveContractMayBeUsed() {
        assertThat(schoolIn(ContractStatus.ACTIVE).refusalOfUse()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = ContractStatus.class, names = "ACTIVE", mode = EnumSource.Mode.EXCLUDE)
    void aContractThatIsNotActiveRefusesAsInactiveNamingItsStatus(ContractStatus status) {
        assertThat(schoolIn(status).refusalOfUse()).contains(new ContractRefusal(ContractRefusal.Reason.INACTIVE,
                "Contract S-1 is " + status.name().toLowerCase()));
    }

    @ParameterizedTest
    @EnumSource(WalletTier.class)
    void aWalletIsCappedByTheLevelOfItsTier(WalletTier tier) {
        Contract wallet = Contract.wallet("W-1", "ivanova", null, tier, MOSCOW, NOW);

        assertThat(wallet.cappedBy()).contains(tier);
    }

    @Test
    void aWalletWhoseHolderIsIdentifiedIsCappedByTheIdentifiedLevel() {
        Contract wallet = Contract.wallet("W-1", "ivanova", null, WalletTier.NON_IDENTIFIED, MOSCOW, NOW);

        wallet.identifyHolder();

        assertThat(wallet.cappedBy()).contains(WalletTier.IDENTIFIED);
    }

    @Test
    void otherContractsHaveNoWalletCaps() {
        assertThat(schoolIn(ContractStatus.ACTIVE).cappedBy()).isEmpty();
    }
}
