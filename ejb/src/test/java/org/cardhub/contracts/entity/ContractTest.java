package org.cardhub.contracts.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.contracts.entity.ContractFixtures.tariff;
import static org.cardhub.refusal.RefusalAssertions.assertRefused;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.cardhub.contracts.entity.InvalidContractException.Code;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ContractTest {

    private static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");
    private static final ZoneId VLADIVOSTOK = ZoneId.of("Asia/Vladivostok");
    private static final Tariff STANDARD = tariff("STANDARD", "Standard", 0);
    private static final Tariff REGIONAL_PLUS = tariff("REGIONAL_PLUS", "Regional+", 3);
    private static final Amount NO_CREDIT = Amount.zero(Currency.RUB);

    private static Amount rub(String value) {
        return Amount.parse(value, Currency.RUB);
    }

    private static Contract fuel(Tariff tariff, List<String> stations, Funding funding, Amount creditLimit) {
        return Contract.fuel("F-1", 7, tariff, stations, BalanceModel.POOLED, funding, creditLimit, VLADIVOSTOK, NOW);
    }

    private static Contract school() {
        return Contract.school("S-1", 8, VLADIVOSTOK, NOW);
    }

    @Test
    void aNewContractIsAnApplication() {
        Contract contract = school();

        assertThat(contract.status()).isEqualTo(ContractStatus.APPLICATION);
        assertThat(contract.isActive()).isFalse();
        assertRefused(contract::requireActive, Code.NOT_ACTIVE);
    }

    @Test
    void aContractGoesThroughItsLifecycle() {
        Contract contract = school();

        assertThat(contract.changeStatus(ContractStatus.ACTIVE)).isEqualTo(ContractStatus.APPLICATION);
        contract.requireActive();
        assertThat(contract.changeStatus(ContractStatus.SUSPENDED)).isEqualTo(ContractStatus.ACTIVE);
        assertRefused(contract::requireActive, Code.NOT_ACTIVE);
        assertThat(contract.changeStatus(ContractStatus.ACTIVE)).isEqualTo(ContractStatus.SUSPENDED);
        assertThat(contract.changeStatus(ContractStatus.CLOSED)).isEqualTo(ContractStatus.ACTIVE);
        assertThat(contract.status()).isEqualTo(ContractStatus.CLOSED);
    }

    /** The shortest allowed way from an application to each status. */
    private static Contract contractIn(ContractStatus status) {
        Contract contract = school();
        List<ContractStatus> path = switch (status) {
            case APPLICATION -> List.of();
            case ACTIVE -> List.of(ContractStatus.ACTIVE);
            case SUSPENDED -> List.of(ContractStatus.ACTIVE, ContractStatus.SUSPENDED);
            case CLOSED -> List.of(ContractStatus.ACTIVE, ContractStatus.CLOSED);
        };
        path.forEach(contract::changeStatus);
        return contract;
    }

    static Stream<Arguments> allPairs() {
        return Arrays.stream(ContractStatus.values())
                .flatMap(from -> Arrays.stream(ContractStatus.values()).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("allPairs")
    void aContractChangesStatusExactlyAsItsStatusAllows(ContractStatus from, ContractStatus to) {
        Contract contract = contractIn(from);

        if (from.mayBecome(to)) {
            assertThat(contract.changeStatus(to)).isEqualTo(from);
            assertThat(contract.status()).isEqualTo(to);
        } else {
            assertRefused(() -> contract.changeStatus(to), Code.STATUS_TRANSITION);
            assertThat(contract.status()).isEqualTo(from);
        }
    }

    @Test
    void aFuelContractNeedsATariff() {
        assertRefused(() -> fuel(null, List.of(), Funding.PREPAID, NO_CREDIT), Code.TARIFF_REQUIRED);
    }

    @Test
    void aFuelContractTakesExactlyTheStationsItsTariffAsksFor() {
        Contract contract = fuel(REGIONAL_PLUS, List.of("AZS-1", " AZS-2 ", "AZS-3"), Funding.PREPAID, NO_CREDIT);

        assertThat(contract.kind()).isEqualTo(ContractKind.FUEL);
        assertThat(contract.tariffCode()).isEqualTo("REGIONAL_PLUS");
        assertThat(contract.chosenStations()).containsExactly("AZS-1", "AZS-2", "AZS-3");
        assertThat(contract.organizationId()).isEqualTo(7L);
    }

    @ParameterizedTest
    @MethodSource("wrongStationChoices")
    void aFuelContractRefusesAnyOtherNumberOfDistinctStations(List<String> stations) {
        assertRefused(() -> fuel(REGIONAL_PLUS, stations, Funding.PREPAID, NO_CREDIT), Code.STATIONS_REQUIRED);
    }

    static Stream<List<String>> wrongStationChoices() {
        return Stream.of(List.of(), List.of("AZS-1", "AZS-2"), List.of("AZS-1", "AZS-2", "AZS-3", "AZS-4"),
                List.of("AZS-1", "AZS-2", "AZS-2"), List.of("AZS-1", "AZS-2", " AZS-1 "),
                List.of("AZS-1", "AZS-2", "  "));
    }

    @Test
    void aFuelContractRefusesMissingStationsWhenItsTariffNeedsThem() {
        assertRefused(() -> fuel(REGIONAL_PLUS, null, Funding.PREPAID, NO_CREDIT), Code.STATIONS_REQUIRED);
    }

    @Test
    void aTariffWithoutChosenStationsRefusesAnyStation() {
        assertThat(fuel(STANDARD, null, Funding.PREPAID, NO_CREDIT).chosenStations()).isEmpty();
        assertThat(fuel(STANDARD, List.of(), Funding.PREPAID, NO_CREDIT).chosenStations()).isEmpty();
        assertRefused(() -> fuel(STANDARD, List.of("AZS-1"), Funding.PREPAID, NO_CREDIT), Code.STATIONS_REQUIRED);
    }

    @Test
    void aPrepaidContractHasNoCreditLimit() {
        assertRefused(() -> fuel(STANDARD, List.of(), Funding.PREPAID, rub("0.01")), Code.CREDIT_LIMIT_INVALID);
    }

    @Test
    void aCreditContractKeepsItsCreditLimit() {
        Contract contract = fuel(STANDARD, List.of(), Funding.CREDIT, rub("500000.00"));

        assertThat(contract.funding()).isEqualTo(Funding.CREDIT);
        assertThat(contract.creditLimit()).isEqualTo(rub("500000.00"));
    }

    @Test
    void aCreditLimitIsANonNegativeRoubleAmount() {
        assertRefused(() -> fuel(STANDARD, List.of(), Funding.CREDIT, rub("-1.00")), Code.CREDIT_LIMIT_INVALID);
        assertRefused(() -> fuel(STANDARD, List.of(), Funding.CREDIT, Amount.parse("100", Currency.LITRE)),
                Code.CREDIT_LIMIT_INVALID);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void aContractNeedsAnOrganisationOrAPerson(String username) {
        assertRefused(() -> Contract.wallet("W-1", username, null, WalletTier.NON_IDENTIFIED, VLADIVOSTOK, NOW),
                Code.PARTY_MISSING);
    }

    @Test
    void aWalletBelongsToAPersonAndCanBeIdentifiedLater() {
        Contract wallet = Contract.wallet("W-1", "ivanova", "+79001112233", WalletTier.NON_IDENTIFIED, VLADIVOSTOK, NOW);

        assertThat(wallet.kind()).isEqualTo(ContractKind.WALLET);
        assertThat(wallet.holderSubject()).isEqualTo("ivanova");
        assertThat(wallet.organizationId()).isNull();
        assertThat(wallet.funding()).isEqualTo(Funding.PREPAID);
        assertThat(wallet.walletTier()).isEqualTo(WalletTier.NON_IDENTIFIED);

        wallet.identifyHolder();

        assertThat(wallet.walletTier()).isEqualTo(WalletTier.IDENTIFIED);
    }

    @Test
    void aSchoolContractIsPrepaidAndDistributed() {
        Contract contract = school();

        assertThat(contract.kind()).isEqualTo(ContractKind.SCHOOL);
        assertThat(contract.funding()).isEqualTo(Funding.PREPAID);
        assertThat(contract.balanceModel()).isEqualTo(BalanceModel.DISTRIBUTED);
        assertThat(contract.drawsOnContractAccount()).isFalse();
        assertThat(contract.creditLimit().isZero()).isTrue();
        assertThat(contract.timeZone()).isEqualTo(VLADIVOSTOK);
    }

    @Test
    void aPooledFuelContractDrawsOnItsOwnAccount() {
        assertThat(fuel(STANDARD, List.of(), Funding.PREPAID, NO_CREDIT).drawsOnContractAccount()).isTrue();
    }

    @Test
    void onlyAContractWhoseCardsHoldTheirOwnMoneyHasMoneyToDistribute() {
        school().requireDistributed();
        Contract distributed = Contract.fuel("F-2", 7, STANDARD, List.of(), BalanceModel.DISTRIBUTED, Funding.PREPAID,
                NO_CREDIT, VLADIVOSTOK, NOW);
        distributed.requireDistributed();

        assertRefused(() -> fuel(STANDARD, List.of(), Funding.PREPAID, NO_CREDIT).requireDistributed(), Code.NOT_DISTRIBUTED);
    }

    @Test
    void aContractWarnsUnderTheThresholdItsCompanySetUntilItIsCleared() {
        Contract contract = fuel(STANDARD, List.of(), Funding.PREPAID, NO_CREDIT);
        assertThat(contract.lowBalanceWarning()).isEmpty();
        assertThat(contract.isBelowWarning(rub("0.00"))).as("no threshold, no warning").isFalse();

        contract.warnBelow(rub("5000.00"));

        assertThat(contract.lowBalanceWarning()).contains(rub("5000.00"));
        assertThat(contract.isBelowWarning(rub("4999.99"))).isTrue();
        assertThat(contract.isBelowWarning(rub("5000.00"))).as("at the threshold is not under it").isFalse();

        contract.warnBelow(null);

        assertThat(contract.lowBalanceWarning()).isEmpty();
        assertThat(contract.isBelowWarning(rub("1.00"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0.01", "-5000"})
    void aThresholdOfNothingOrLessIsRefusedAndTheOldOneKept(String threshold) {
        Contract contract = fuel(STANDARD, List.of(), Funding.PREPAID, NO_CREDIT);
        contract.warnBelow(rub("100.00"));

        assertRefused(() -> contract.warnBelow(rub(threshold)), Code.LOW_BALANCE_INVALID);
        assertRefused(() -> contract.warnBelow(Amount.parse("10.000", Currency.LITRE)), Code.LOW_BALANCE_INVALID);

        assertThat(contract.lowBalanceWarning()).contains(rub("100.00"));
    }
}
