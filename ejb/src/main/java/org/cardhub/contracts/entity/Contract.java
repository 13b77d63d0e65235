package org.cardhub.contracts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.money.RoublesAsKopecksConverter;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static org.cardhub.contracts.entity.InvalidContractException.Code.CREDIT_LIMIT_INVALID;
import static org.cardhub.contracts.entity.InvalidContractException.Code.LOW_BALANCE_INVALID;
import static org.cardhub.contracts.entity.InvalidContractException.Code.NOT_ACTIVE;
import static org.cardhub.contracts.entity.InvalidContractException.Code.NOT_DISTRIBUTED;
import static org.cardhub.contracts.entity.InvalidContractException.Code.PARTY_MISSING;
import static org.cardhub.contracts.entity.InvalidContractException.Code.STATIONS_REQUIRED;
import static org.cardhub.contracts.entity.InvalidContractException.Code.STATUS_TRANSITION;
import static org.cardhub.contracts.entity.InvalidContractException.Code.TARIFF_REQUIRED;

/**
 * A contract between Cardhub's operator and a client (a company, a school, or a person's wallet): the
 * program, how its money is held, and where it is in its lifecycle.
 */
@Entity
public class Contract {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String number;

    @Enumerated(EnumType.STRING)
    private ContractKind kind;

    @Column(name = "organization_id")
    private Long organizationId;

    @Column(name = "holder_subject")
    private String holderSubject;

    @Column(name = "holder_phone")
    private String holderPhone;

    @Column(name = "tariff_code")
    private String tariffCode;

    @Column(name = "chosen_stations")
    private String chosenStations;

    @Enumerated(EnumType.STRING)
    private ContractStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "balance_model")
    private BalanceModel balanceModel;

    @Enumerated(EnumType.STRING)
    private Funding funding;

    @Column(name = "credit_limit_minor")
    @Convert(converter = RoublesAsKopecksConverter.class)
    private Amount creditLimit;

    @Enumerated(EnumType.STRING)
    @Column(name = "wallet_tier")
    private WalletTier walletTier;

    @Column(name = "time_zone")
    private String timeZone;

    @Column(name = "created_at")
    private Instant createdAt;

    /** Under this much available money the company's people are warned; null: they are not. */
    @Column(name = "low_balance_minor")
    @Convert(converter = RoublesAsKopecksConverter.class)
    private Amount lowBalance;

    @Version
    private long version;

    protected Contract() {
    }

    private Contract(String number, ContractKind kind, Long organizationId, String holderSubject,
                     BalanceModel balanceModel, Funding funding, Amount creditLimit, ZoneId zone, Instant now) {
        if (organizationId == null && (holderSubject == null || holderSubject.isBlank())) {
            throw new InvalidContractException(PARTY_MISSING, "A contract needs an organisation or a person");
        }
        if (creditLimit.currency() != Currency.RUB || creditLimit.isNegative()
                || (funding == Funding.PREPAID && !creditLimit.isZero())) {
            throw new InvalidContractException(CREDIT_LIMIT_INVALID,
                    "A credit limit is a non-negative rouble amount, and only credit contracts have one");
        }
        this.number = Objects.requireNonNull(number);
        this.kind = kind;
        this.organizationId = organizationId;
        this.holderSubject = holderSubject;
        this.balanceModel = balanceModel;
        this.funding = funding;
        this.creditLimit = creditLimit;
        this.timeZone = zone.getId();
        this.status = ContractStatus.APPLICATION;
        this.createdAt = now;
    }

    public static Contract fuel(String number, long organizationId, Tariff tariff, List<String> stations,
                                BalanceModel model, Funding funding, Amount creditLimit, ZoneId zone, Instant now) {
        List<String> chosen = chosenStations(tariff, stations);
        Contract contract = new Contract(number, ContractKind.FUEL, organizationId, null, model, funding, creditLimit,
                zone, now);
        contract.tariffCode = tariff.code();
        contract.chosenStations = chosen.isEmpty() ? null : String.join(",", chosen);
        return contract;
    }

    /**
     * The stations chosen for a tariff, distinct and without blanks, when there are as many as the tariff needs
     * (Regional+: three; the others none); an application is checked by the same rule before any contract exists.
     */
    public static List<String> chosenStations(Tariff tariff, List<String> stations) {
        if (tariff == null) {
            throw new InvalidContractException(TARIFF_REQUIRED, "A fuel contract needs a tariff");
        }
        List<String> chosen = stations == null ? List.of() : stations.stream().filter(Objects::nonNull).map(String::strip)
                .filter(station -> !station.isEmpty()).distinct().toList();
        if (chosen.size() != tariff.chosenStations()) {
            throw new InvalidContractException(STATIONS_REQUIRED, "Tariff " + tariff.name() + " needs "
                    + tariff.chosenStations() + " chosen station(s), " + chosen.size() + " given");
        }
        return chosen;
    }

    public static Contract school(String number, long schoolId, ZoneId zone, Instant now) {
        return new Contract(number, ContractKind.SCHOOL, schoolId, null, BalanceModel.DISTRIBUTED, Funding.PREPAID,
                Amount.zero(Currency.RUB), zone, now);
    }

    /** A supplier's settlement contract: one account in roubles, no cards. */
    public static Contract supplier(String number, long supplierId, ZoneId zone, Instant now) {
        return new Contract(number, ContractKind.SUPPLIER, supplierId, null, BalanceModel.POOLED, Funding.PREPAID,
                Amount.zero(Currency.RUB), zone, now);
    }

    public static Contract wallet(String number, String holderSubject, String phone, WalletTier tier, ZoneId zone, Instant now) {
        if (phone != null && !phone.matches("\\+7\\d{10}")) {
            throw new InvalidContractException(PARTY_MISSING, "A wallet phone is +7 and ten digits, like +79001234567");
        }
        // a wallet is one balance; its cards (at most three) draw on it
        Contract contract = new Contract(number, ContractKind.WALLET, null, holderSubject, BalanceModel.POOLED,
                Funding.PREPAID, Amount.zero(Currency.RUB), zone, now);
        contract.walletTier = Objects.requireNonNull(tier);
        contract.holderPhone = phone;
        return contract;
    }

    /** Moves the lifecycle on; returns the status it left. */
    public ContractStatus changeStatus(ContractStatus next) {
        if (!status.mayBecome(next)) {
            throw new InvalidContractException(STATUS_TRANSITION, "Contract " + number + " is " + status
                    + " and cannot become " + next);
        }
        ContractStatus previous = status;
        status = next;
        return previous;
    }

    public void requireActive() {
        if (status != ContractStatus.ACTIVE) {
            throw new InvalidContractException(NOT_ACTIVE, "Contract " + number + " is " + status);
        }
    }

    public void identifyHolder() {
        walletTier = WalletTier.IDENTIFIED;
    }

    /** A closed wallet no longer answers to its phone, which may open a new wallet. */
    public void releasePhone() {
        if (status != ContractStatus.CLOSED) {
            throw new InvalidContractException(STATUS_TRANSITION, "Only a closed wallet lets go of its phone");
        }
        holderPhone = null;
    }

    public boolean isActive() {
        return status == ContractStatus.ACTIVE;
    }

    /** Why no money may be paid from or into the contract: it is not active. */
    public Optional<ContractRefusal> refusalOfUse() {
        return isActive() ? Optional.empty() : Optional.of(new ContractRefusal(ContractRefusal.Reason.INACTIVE,
                "Contract " + number + " is " + status.name().toLowerCase()));
    }

    /**
     * The tier whose {@link WalletLevel} caps a wallet's balance and monthly turnover; other contracts have no caps.
     * The caps themselves are data, read where the level's row can be (the money operations, the wallet's pages).
     */
    public Optional<WalletTier> cappedBy() {
        return kind == ContractKind.WALLET ? Optional.of(walletTier) : Optional.empty();
    }

    /**
     * Warns the company when the contract's available money falls under {@code threshold} (roubles, more than zero);
     * null stops the warning.
     */
    public void warnBelow(Amount threshold) {
        if (threshold != null && (threshold.currency() != Currency.RUB || !threshold.isPositive())) {
            throw new InvalidContractException(LOW_BALANCE_INVALID,
                    "A low-balance threshold is a rouble amount above zero, not " + threshold);
        }
        lowBalance = threshold;
    }

    /** The threshold the company is warned under, if it set one. */
    public Optional<Amount> lowBalanceWarning() {
        return Optional.ofNullable(lowBalance);
    }

    /** Whether this much available money is under the company's threshold. */
    public boolean isBelowWarning(Amount available) {
        return lowBalance != null && available.isLessThan(lowBalance);
    }

    public boolean drawsOnContractAccount() {
        return balanceModel == BalanceModel.POOLED;
    }

    /** Money and litres are handed out from the contract's account to its cards, and taken back, only where cards hold their own. */
    public void requireDistributed() {
        if (drawsOnContractAccount()) {
            throw new InvalidContractException(NOT_DISTRIBUTED, "The cards of contract " + number
                    + " draw on the contract's account: there is nothing to distribute");
        }
    }

    public Long id() {
        return id;
    }

    public String number() {
        return number;
    }

    public ContractKind kind() {
        return kind;
    }

    public Long organizationId() {
        return organizationId;
    }

    /** The holder's Keycloak user id (the tokens' {@code sub}); null for an organisation's contract. */
    public String holderSubject() {
        return holderSubject;
    }

    public String holderPhone() {
        return holderPhone;
    }

    public String tariffCode() {
        return tariffCode;
    }

    public List<String> chosenStations() {
        return chosenStations == null ? List.of() : Arrays.asList(chosenStations.split(","));
    }

    public ContractStatus status() {
        return status;
    }

    public BalanceModel balanceModel() {
        return balanceModel;
    }

    public Funding funding() {
        return funding;
    }

    public Amount creditLimit() {
        return creditLimit;
    }

    public WalletTier walletTier() {
        return walletTier;
    }

    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }
}
