package org.cardhub.operations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** A node's metrics over one minute, as the operations page draws them: the minute's counts, the rest as seen then. */
@Entity
@Table(name = "metric_sample")
public class MetricSample {

    /** How long samples are kept. */
    public static final long KEPT_HOURS = 48;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String node;

    @Column(name = "sampled_at")
    private Instant sampledAt;

    @Column(name = "terminal_approved")
    private long terminalApproved;

    @Column(name = "terminal_declined")
    private long terminalDeclined;

    @Column(name = "terminal_accepted")
    private long terminalAccepted;

    @Column(name = "latency_p50_micros")
    private long latencyP50Micros;

    @Column(name = "latency_p95_micros")
    private long latencyP95Micros;

    @Column(name = "latency_p99_micros")
    private long latencyP99Micros;

    @Column(name = "dead_letters")
    private long deadLetters;

    @Column(name = "outbox_lag_seconds")
    private long outboxLagSeconds;

    @Column(name = "partner_success")
    private long partnerSuccess;

    @Column(name = "partner_refused")
    private long partnerRefused;

    @Column(name = "partner_rate_limited")
    private long partnerRateLimited;

    @Column(name = "partner_failed")
    private long partnerFailed;

    @Column(name = "ledger_problems")
    private long ledgerProblems;

    protected MetricSample() {
    }

    /** The minute of {@code at}, with the traffic counted over it; no latency is kept for a minute without messages. */
    public MetricSample(String node, Instant at, TrafficReadings minute, Latency latency, long deadLetters, long outboxLagSeconds,
                        long ledgerProblems) {
        this.node = node.length() > 100 ? node.substring(0, 100) : node;
        this.sampledAt = at.truncatedTo(ChronoUnit.MINUTES);
        this.terminalApproved = minute.approved();
        this.terminalDeclined = minute.declined();
        this.terminalAccepted = minute.accepted();
        Latency shown = minute.approved() + minute.declined() + minute.accepted() == 0 ? Latency.NONE : latency;
        this.latencyP50Micros = shown.p50Micros();
        this.latencyP95Micros = shown.p95Micros();
        this.latencyP99Micros = shown.p99Micros();
        this.deadLetters = deadLetters;
        this.outboxLagSeconds = outboxLagSeconds;
        this.partnerSuccess = minute.partnerSuccess();
        this.partnerRefused = minute.partnerRefused();
        this.partnerRateLimited = minute.partnerRateLimited();
        this.partnerFailed = minute.partnerFailed();
        this.ledgerProblems = ledgerProblems;
    }

    public Instant sampledAt() {
        return sampledAt;
    }

    public long terminalMessages() {
        return terminalApproved + terminalDeclined + terminalAccepted;
    }

    public Latency latency() {
        return new Latency(latencyP50Micros, latencyP95Micros, latencyP99Micros);
    }

    public long deadLetters() {
        return deadLetters;
    }

    public long outboxLagSeconds() {
        return outboxLagSeconds;
    }
}
