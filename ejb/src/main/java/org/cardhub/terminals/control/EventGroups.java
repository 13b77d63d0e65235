package org.cardhub.terminals.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import org.cardhub.terminals.entity.Reply;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Group commit for terminal events: the message threads hand in the money work of their events, a few workers take
 * whatever is waiting (up to {@code cardhub.terminals.batch-size} events, waiting at most
 * {@code cardhub.terminals.batch-wait-ms} for more) and decide each group in one database transaction, so a group
 * pays one commit and locks a hot account once. Each message thread gets its reply after the commit, answers and
 * only then lets the broker forget its message. A group that fails for any reason is rolled back whole and each of
 * its events is decided again alone by its own thread, so one bad event never holds the others back.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EventGroups {

    private static final Logger LOG = Logger.getLogger(EventGroups.class.getName());
    /** Longer than any group can take; a message still waiting then goes back to the broker. */
    private static final long REPLY_WAIT_SECONDS = 60;

    @Inject
    @ConfigProperty(name = "cardhub.terminals.batch-size", defaultValue = "64")
    int maxSize;

    @Inject
    @ConfigProperty(name = "cardhub.terminals.batch-wait-ms", defaultValue = "0")
    int waitMillis;

    @Inject
    @ConfigProperty(name = "cardhub.terminals.batch-workers", defaultValue = "2")
    int workerCount;

    @Resource
    ManagedThreadFactory threads;

    @EJB
    GroupTransaction transaction;

    @Inject
    TerminalMetrics metrics;

    private final BlockingQueue<Pending> waiting = new LinkedBlockingQueue<>();
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean running = true;
    private volatile boolean started;

    /** Whether events are grouped at all: a batch size of 1 decides each alone, in its own transaction. */
    public boolean isOn() {
        return maxSize > 1;
    }

    /** The reply the work gave in its group; empty when the group failed and the event must be decided alone. */
    public Optional<Reply> decide(GroupedEvent work) {
        startWorkers();
        Pending pending = new Pending(work, new CompletableFuture<>());
        waiting.add(pending);
        try {
            return pending.reply().get(REPLY_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the event's group was decided", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The event's group was not decided", e);
        }
    }

    /** Once, by the first message: each later one only reads the flag, never the lock. */
    private void startWorkers() {
        if (!started) {
            startWorkersOnce();
        }
    }

    private synchronized void startWorkersOnce() {
        if (started || !running) {
            return;
        }
        for (int i = workers.size(); i < Math.max(1, workerCount); i++) {
            Thread worker = threads.newThread(this::work);
            worker.setName("cardhub-terminal-group-" + i);
            workers.add(worker);
            worker.start();
        }
        started = true;
    }

    private void work() {
        while (running) {
            try {
                List<Pending> group = nextGroup();
                if (!group.isEmpty()) {
                    decideTogether(group);
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private List<Pending> nextGroup() throws InterruptedException {
        List<Pending> group = new ArrayList<>();
        Pending first = waiting.poll(500, TimeUnit.MILLISECONDS);
        if (first == null) {
            return group;
        }
        group.add(first);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis);
        while (group.size() < maxSize) {
            long left = deadline - System.nanoTime();
            Pending next = left > 0 ? waiting.poll(left, TimeUnit.NANOSECONDS) : waiting.poll();
            if (next == null) {
                break;
            }
            group.add(next);
        }
        return group;
    }

    private void decideTogether(List<Pending> group) {
        List<Reply> replies;
        try {
            replies = transaction.decide(group.stream().map(Pending::work).toList());
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "A group of " + group.size() + " terminal events failed; each is decided alone", e);
            metrics.grouped(group.size(), false);
            group.forEach(pending -> pending.reply().complete(Optional.empty()));
            return;
        }
        metrics.grouped(group.size(), true);
        for (int i = 0; i < group.size(); i++) {
            group.get(i).reply().complete(Optional.of(replies.get(i)));
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        synchronized (this) {
            workers.forEach(Thread::interrupt);
        }
        Pending left;
        while ((left = waiting.poll()) != null) {
            left.reply().complete(Optional.empty());
        }
    }

    private record Pending(GroupedEvent work, CompletableFuture<Optional<Reply>> reply) {
    }
}
