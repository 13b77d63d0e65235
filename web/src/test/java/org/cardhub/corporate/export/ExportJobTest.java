package org.cardhub.corporate.export;

import org.cardhub.fleet.boundary.FleetTransactions;
import org.cardhub.fleet.entity.TransactionFilter;
import org.cardhub.fleet.entity.TransactionHeading;
import org.cardhub.fleet.entity.TransactionRow;
import org.cardhub.fleet.entity.TransactionTotals;
import org.cardhub.fleet.entity.TransactionType;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A background export over a read model that hands out 1 200 rows in chunks: its progress follows the chunks, it ends
 * with the file ready, and a cancelled one stops at the next chunk and leaves no file behind.
 */
class ExportJobTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final long ROWS = 1_200;

    @Test
    void itReportsTheRowsWrittenChunkByChunkAndEndsWithTheFile() throws IOException {
        List<Integer> seen = new ArrayList<>();
        ExportJob[] job = new ExportJob[1];
        job[0] = new ExportJob(plan(ExportFormat.CSV));
        job[0].run(readModel(chunk -> seen.add(job[0].percent())));

        assertThat(seen).containsExactly(0, 41, 83);
        assertThat(job[0].state()).isEqualTo(ExportJob.State.DONE);
        assertThat(job[0].written()).isEqualTo(ROWS);
        assertThat(job[0].percent()).isEqualTo(100);
        assertThat(Files.readAllLines(job[0].file())).hasSize((int) ROWS + 3);

        job[0].cancel();
        assertThat(job[0].file()).doesNotExist();
        assertThat(job[0].state()).isEqualTo(ExportJob.State.CANCELLED);
    }

    @Test
    void aCancelledJobStopsAtTheNextChunkAndDeletesItsFile() throws IOException {
        ExportJob job = new ExportJob(plan(ExportFormat.PDF));
        job.run(readModel(chunk -> job.cancel()));

        assertThat(job.state()).isEqualTo(ExportJob.State.CANCELLED);
        assertThat(job.written()).isEqualTo(FleetTransactions.MAX_ROWS);
        assertThat(job.percent()).isEqualTo(100);
        assertThat(job.file()).doesNotExist();
    }

    @Test
    void aFailingReadModelFailsTheJobAndDeletesItsFile() throws IOException {
        ExportJob job = new ExportJob(plan(ExportFormat.XLSX));
        job.run(readModel(chunk -> {
            throw new IllegalStateException("the database went away");
        }));

        assertThat(job.state()).isEqualTo(ExportJob.State.FAILED);
        assertThat(job.file()).doesNotExist();
    }

    private static ExportPlan plan(ExportFormat format) {
        TransactionLabels labels = new TransactionLabels(Locale.forLanguageTag("ru"), MOSCOW);
        TransactionTotals totals = new TransactionTotals(ROWS, Amount.ofMinorUnits(ROWS * 100, Currency.RUB),
                Amount.zero(Currency.LITRE), Amount.zero(Currency.RUB));
        ExportHeading heading = ExportHeading.of(new TransactionHeading("ООО «Тест»", "F-1", MOSCOW), TransactionFilter.NONE,
                labels, Map.of(), Instant.now());
        return new ExportPlan(1, TransactionFilter.NONE, format, labels, heading, totals, "transactions-F-1." + format.extension());
    }

    /** Rows 1 200 down to 1, newest first, in chunks after the last one; {@code beforeChunk} runs before each. */
    private static FleetTransactions readModel(Consumer<TransactionRow> beforeChunk) {
        return new FleetTransactions() {
            @Override
            public List<TransactionRow> after(long contractId, TransactionFilter filter, TransactionRow last, int max) {
                beforeChunk.accept(last);
                long from = last == null ? ROWS : last.id() - 1;
                return LongStream.iterate(from, id -> id > 0 && id > from - max, id -> id - 1)
                        .mapToObj(id -> new TransactionRow(id, Instant.parse("2026-12-01T00:00:00Z").plusSeconds(id),
                                TransactionType.PURCHASE, "700599******0010", "КАМАЗ", "AZS-17", "RU-MOW", "DT",
                                Amount.ofMinorUnits(100, Currency.RUB), Amount.ofMinorUnits(1_000, Currency.LITRE)))
                        .toList();
            }
        };
    }
}
