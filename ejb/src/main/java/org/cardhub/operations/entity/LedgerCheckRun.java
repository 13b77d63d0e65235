package org.cardhub.operations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One run of the ledger check as recorded: when, on which node, what it looked at, how many problems it found and the
 * first of them, one line each within the column's 4 000 characters; and whether it told operations.
 */
@Entity
@Table(name = "ledger_check_run")
public class LedgerCheckRun {

    static final int MAX_PROBLEM_TEXT = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String node;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "entries_checked")
    private long entriesChecked;

    @Column(name = "accounts_checked")
    private long accountsChecked;

    @Column(name = "problems_found")
    private long problemsFound;

    private String problems;

    private boolean alerted;

    protected LedgerCheckRun() {
    }

    public LedgerCheckRun(String node, Instant startedAt, Instant finishedAt, LedgerFindings findings) {
        this.node = node.length() > 100 ? node.substring(0, 100) : node;
        this.startedAt = Objects.requireNonNull(startedAt);
        this.finishedAt = Objects.requireNonNull(finishedAt);
        this.entriesChecked = findings.entriesChecked();
        this.accountsChecked = findings.accountsChecked();
        this.problemsFound = findings.problemsFound();
        this.problems = findings.isSound() ? null : lines(findings.firstProblems());
    }

    /** The problems' lines that fit the column whole: a line is never cut in two. */
    static String lines(List<LedgerProblem> problems) {
        StringBuilder text = new StringBuilder();
        for (LedgerProblem problem : problems) {
            String line = problem.line();
            if (text.length() + line.length() + 1 > MAX_PROBLEM_TEXT) {
                break;
            }
            text.append(text.isEmpty() ? "" : "\n").append(line);
        }
        return text.toString();
    }

    /** This run found problems where the run before it (if any) found none: operations are told now, once. */
    public boolean breaks(Optional<LedgerCheckRun> previous) {
        return !isSound() && previous.map(LedgerCheckRun::isSound).orElse(true);
    }

    public void alerted() {
        alerted = true;
    }

    public boolean isSound() {
        return problemsFound == 0;
    }

    public List<LedgerProblem> problems() {
        if (problems == null || problems.isBlank()) {
            return List.of();
        }
        return Arrays.stream(problems.split("\n")).map(LedgerProblem::parse).flatMap(Optional::stream).toList();
    }

    public Long id() {
        return id;
    }

    public String node() {
        return node;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public long entriesChecked() {
        return entriesChecked;
    }

    public long accountsChecked() {
        return accountsChecked;
    }

    public long problemsFound() {
        return problemsFound;
    }

    public boolean wasAlerted() {
        return alerted;
    }
}
