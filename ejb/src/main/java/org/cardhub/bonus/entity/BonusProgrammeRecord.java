package org.cardhub.bonus.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * The bonus programme as the records keep it: its rules as numbers ({@link #rules()}), its excluded categories, and
 * the day from which wallet purchases elsewhere earn cashback. Changed by data, not by code.
 */
@Entity
@Table(name = "bonus_programme")
public class BonusProgrammeRecord {

    @Id
    private String code;

    private String name;

    @Column(name = "in_network_rate_bp")
    private int inNetworkRateBasisPoints;

    @Column(name = "out_of_network_rate_bp")
    private int outOfNetworkRateBasisPoints;

    @Column(name = "pending_days")
    private int pendingDays;

    @Column(name = "lifetime_months")
    private int lifetimeMonths;

    @Column(name = "max_share_bp")
    private int maxShareBasisPoints;

    @Column(name = "expiring_soon_days")
    private int expiringSoonDays;

    @Column(name = "cashback_from")
    private LocalDate cashbackFrom;

    private boolean active;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "bonus_excluded_category", joinColumns = @JoinColumn(name = "programme_code"))
    @Column(name = "category")
    private Set<String> excludedCategories = new HashSet<>();

    protected BonusProgrammeRecord() {
    }

    public BonusProgrammeRecord(String code, String name, BonusRules rules, LocalDate cashbackFrom) {
        this.code = code;
        this.name = name;
        this.inNetworkRateBasisPoints = Math.toIntExact(rules.inNetworkRateBasisPoints());
        this.outOfNetworkRateBasisPoints = Math.toIntExact(rules.outOfNetworkRateBasisPoints());
        this.pendingDays = rules.pendingDays();
        this.lifetimeMonths = rules.lifetimeMonths();
        this.maxShareBasisPoints = Math.toIntExact(rules.maxShareBasisPoints());
        this.expiringSoonDays = rules.expiringSoonDays();
        this.excludedCategories = new HashSet<>(rules.excludedCategories());
        this.cashbackFrom = cashbackFrom;
        this.active = true;
    }

    /** The rules these numbers make; numbers that make no rules are refused as {@code RULES_INVALID}. */
    public BonusRules rules() {
        return new BonusRules(inNetworkRateBasisPoints, outOfNetworkRateBasisPoints, Set.copyOf(excludedCategories),
                pendingDays, lifetimeMonths, maxShareBasisPoints, expiringSoonDays);
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public LocalDate cashbackFrom() {
        return cashbackFrom;
    }

    public boolean isActive() {
        return active;
    }
}
