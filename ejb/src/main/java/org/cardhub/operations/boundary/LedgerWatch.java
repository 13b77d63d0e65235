package org.cardhub.operations.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.DependsOn;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.callers.Role;
import org.cardhub.notifications.boundary.OperationsNotices;
import org.cardhub.operations.control.LedgerAudit;
import org.cardhub.operations.control.Nodes;
import org.cardhub.operations.entity.LedgerCheckRun;
import org.cardhub.operations.entity.LedgerFindings;
import org.cardhub.operations.entity.LedgerProblem;
import org.cardhub.operations.entity.LedgerStatus;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The continuous ledger check: every five minutes, and when the back office asks, {@link LedgerAudit} over the
 * application's own connection pool; each run recorded; when a run finds problems and the run before it found none,
 * operations are mailed once, in the same transaction. The latest word is kept in memory for the readiness check, the
 * gauges and the back office's banner, and refreshed from the recorded runs every few seconds, so that every node — and
 * every deployment of the application on one — tells the latest run of any of them.
 */
@Singleton
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class LedgerWatch {

    private static final Logger LOG = Logger.getLogger(LedgerWatch.class.getName());
    static final int FIRST_PROBLEMS = 20;
    static final Duration FRESH = Duration.ofSeconds(5);

    @Resource(lookup = "jdbc/cardhub")
    DataSource dataSource;

    @PersistenceContext
    EntityManager em;

    @EJB
    OperationsNotices notices;

    private final AtomicBoolean scheduledRunning = new AtomicBoolean();
    private final String node = Nodes.name();
    private volatile LedgerStatus latest = LedgerStatus.UNKNOWN;
    private volatile Instant refreshed = Instant.EPOCH;

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void scheduled() {
        if (scheduledRunning.compareAndSet(false, true)) {
            try {
                check();
            } catch (SQLException | RuntimeException e) {
                LOG.log(Level.WARNING, "The ledger check could not run: {0}", e.toString());
            } finally {
                scheduledRunning.set(false);
            }
        }
    }

    /** Runs the check now, for the back office, and answers with its word. */
    @RolesAllowed(Role.Names.BACKOFFICE)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public LedgerStatus runNow() {
        try {
            return check();
        } catch (SQLException e) {
            throw new IllegalStateException("The ledger check could not read the ledger", e);
        }
    }

    /** The latest run's word, of whichever node ran it; {@link LedgerStatus#UNKNOWN} before the first run. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public LedgerStatus status() {
        Instant now = Instant.now();
        if (refreshed.plus(FRESH).isBefore(now)) {
            try {
                latestRun().ifPresent(run -> latest = LedgerStatus.of(run));
                refreshed = now;
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "the ledger check's runs cannot be read; the word in memory stands", e);
            }
        }
        return latest;
    }

    /** The runs recorded since {@code since}, newest first (at most 500). */
    @RolesAllowed(Role.Names.BACKOFFICE)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<LedgerCheckRun> runsSince(Instant since) {
        return em.createQuery("SELECT r FROM LedgerCheckRun r WHERE r.finishedAt >= :since ORDER BY r.id DESC", LedgerCheckRun.class)
                .setParameter("since", since).setMaxResults(500).getResultList();
    }

    private LedgerStatus check() throws SQLException {
        Instant started = Instant.now();
        LedgerFindings findings;
        try (Connection connection = dataSource.getConnection()) {
            findings = new LedgerAudit(FIRST_PROBLEMS).check(connection);
        }
        Optional<LedgerCheckRun> previous = latestRun();
        LedgerCheckRun run = new LedgerCheckRun(node, started, Instant.now(), findings);
        if (run.breaks(previous) && notices.toOperations("ops.ledger-broken-after:" + previous.map(LedgerCheckRun::id).orElse(0L),
                "Cardhub: книги не сходятся (" + findings.problemsFound() + ")", mailBody(findings))) {
            run.alerted();
        }
        em.persist(run);
        em.flush();
        if (!findings.isSound()) {
            LOG.warning(() -> "The ledger check found " + findings.problemsFound() + " problem(s): "
                    + findings.firstProblems().stream().map(LedgerProblem::line).collect(Collectors.joining("; ")));
        }
        latest = LedgerStatus.of(run);
        refreshed = Instant.now();
        return latest;
    }

    private Optional<LedgerCheckRun> latestRun() {
        return em.createQuery("SELECT r FROM LedgerCheckRun r ORDER BY r.id DESC", LedgerCheckRun.class).setMaxResults(1)
                .getResultList().stream().findFirst();
    }

    static String mailBody(LedgerFindings findings) {
        return "Проверка книг нашла расхождений: " + findings.problemsFound() + " (проверено проводок " + findings.entriesChecked()
                + ", счетов " + findings.accountsChecked() + ").\n\n"
                + findings.firstProblems().stream().map(LedgerProblem::describe).collect(Collectors.joining("\n"))
                + "\n\nПока расхождения не устранены, проверка готовности /health отвечает DOWN (проверка ledger). "
                + "Подробности — в бэк-офисе, страница «Эксплуатация». Следующее письмо придёт, только когда книги снова "
                + "сойдутся и снова разойдутся.";
    }
}
