package org.cardhub.terminals.control;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import org.cardhub.terminals.entity.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

class EventGroupsTest {

    private final List<Integer> committedSizes = Collections.synchronizedList(new ArrayList<>());
    private final List<Integer> failedSizes = Collections.synchronizedList(new ArrayList<>());
    private final ExecutorService senders = Executors.newFixedThreadPool(20);
    private EventGroups groups;

    @AfterEach
    void stop() {
        senders.shutdownNow();
        if (groups != null) {
            groups.stop();
        }
    }

    @Test
    void eventsWaitingTogetherAreDecidedInOneGroupAndEachGetsItsOwnReply() throws Exception {
        CountDownLatch firstGroupRunning = new CountDownLatch(1);
        CountDownLatch letFirstGroupCommit = new CountDownLatch(1);
        groups = groups(64, 1, work -> {
            firstGroupRunning.countDown();
            await(letFirstGroupCommit);
            return work.stream().map(Supplier::get).toList();
        });
        Future<Optional<Reply>> first = senders.submit(() -> groups.decide(event(() -> Reply.accepted("e-0"))));
        assertThat(firstGroupRunning.await(5, TimeUnit.SECONDS)).isTrue();
        List<Future<Optional<Reply>>> waiting = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            String id = "e-" + i;
            waiting.add(senders.submit(() -> groups.decide(event(() -> Reply.accepted(id)))));
        }
        Thread.sleep(200); // all ten are queued behind the first group
        letFirstGroupCommit.countDown();

        assertThat(first.get(5, TimeUnit.SECONDS)).map(Reply::eventId).contains("e-0");
        for (int i = 1; i <= 10; i++) {
            assertThat(waiting.get(i - 1).get(5, TimeUnit.SECONDS)).map(Reply::eventId).contains("e-" + i);
        }
        assertThat(committedSizes).containsExactly(1, 10);
    }

    @Test
    void aGroupIsNeverLargerThanTheBatchSize() throws Exception {
        CountDownLatch letFirstGroupCommit = new CountDownLatch(1);
        groups = groups(4, 1, work -> {
            await(letFirstGroupCommit);
            return work.stream().map(Supplier::get).toList();
        });
        List<Future<Optional<Reply>>> sent = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String id = "e-" + i;
            sent.add(senders.submit(() -> groups.decide(event(() -> Reply.accepted(id)))));
        }
        Thread.sleep(200);
        letFirstGroupCommit.countDown();
        for (Future<Optional<Reply>> reply : sent) {
            assertThat(reply.get(5, TimeUnit.SECONDS)).isPresent();
        }
        assertThat(committedSizes).allMatch(size -> size <= 4);
        assertThat(committedSizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(10);
    }

    @Test
    void aFailedGroupSendsEveryOneOfItsEventsBackToBeDecidedAlone() throws Exception {
        groups = groups(64, 1, work -> {
            work.forEach(Supplier::get);
            throw new GroupTransaction.GroupFailed(new IllegalStateException("the database went away"));
        });
        Optional<Reply> reply = groups.decide(event(() -> Reply.accepted("e-1")));

        assertThat(reply).isEmpty();
        assertThat(failedSizes).containsExactly(1);
        assertThat(committedSizes).isEmpty();
    }

    @Test
    void aBatchSizeOfOneTurnsGroupingOff() {
        assertThat(groups(1, 1, work -> List.of()).isOn()).isFalse();
        assertThat(groups(2, 1, work -> List.of()).isOn()).isTrue();
    }

    private EventGroups groups(int maxSize, int workers, java.util.function.Function<List<GroupedEvent>, List<Reply>> decide) {
        EventGroups made = new EventGroups();
        made.maxSize = maxSize;
        made.waitMillis = 0;
        made.workerCount = workers;
        made.threads = new PlainThreads();
        made.transaction = new GroupTransaction() {
            @Override
            public List<Reply> decide(List<GroupedEvent> work) {
                return decide.apply(work);
            }
        };
        made.metrics = new TerminalMetrics() {
            @Override
            public void grouped(int size, boolean committed) {
                (committed ? committedSizes : failedSizes).add(size);
            }
        };
        return made;
    }

    private static GroupedEvent event(Supplier<Reply> work) {
        return new GroupedEvent(List.of(), Optional.empty(), work);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class PlainThreads implements ManagedThreadFactory {
        @Override
        public Thread newThread(Runnable work) {
            Thread thread = new Thread(work);
            thread.setDaemon(true);
            return thread;
        }

        @Override
        public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
            throw new UnsupportedOperationException();
        }
    }
}
