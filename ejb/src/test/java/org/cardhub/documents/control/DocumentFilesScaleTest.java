package org.cardhub.documents.control;

import org.cardhub.documents.entity.ClosingFacts;
import org.cardhub.fleet.entity.MonthMovement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long the files of a month of {@code -Dcardhub.documents.rows} movements take to write on this machine, without
 * the database: the writers' share of the benchmark (server-config/documents-benchmark). Run on demand only:
 * {@code mvn -o -pl ejb test -Dtest=DocumentFilesScaleTest -Dcardhub.documents.rows=300000}.
 */
@EnabledIfSystemProperty(named = "cardhub.documents.rows", matches = "\\d+")
class DocumentFilesScaleTest {

    @Test
    void aLargeMonthIsWrittenInOnePass() throws Exception {
        int rows = Integer.parseInt(System.getProperty("cardhub.documents.rows"));
        ClosingFacts facts = MonthFixtures.facts(1, null, 0, 0);
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();
        long started = System.nanoTime();
        List<IssuedFile> files = new DocumentFiles(facts, "buyer", "seller").write(sink -> {
            long start = MonthFixtures.at(1, 0).toEpochMilli();
            for (int i = 0; i < rows; i++) {
                int product = i % 3;
                long millilitres = 5_000 + (i * 7919L) % 60_000;
                long kopecks = millilitres * MonthFixtures.PRICES[product] / 1000;
                MonthMovement sale = MonthFixtures.sale(i + 10, java.time.Instant.ofEpochMilli(start + i * 8_000L),
                        MonthFixtures.PRODUCTS[product], millilitres, kopecks);
                sink.accept(sale);
            }
        });
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.gc();
        long after = runtime.totalMemory() - runtime.freeMemory();
        for (IssuedFile file : files) {
            System.out.printf("%-14s %-5s %,12d bytes%n", file.kind(), file.format(), file.size());
        }
        System.out.printf("DOCUMENTS-SCALE rows=%d millis=%d heap-after-gc=%+d MiB%n", rows, millis, (after - before) >> 20);
        DocumentFiles.deleteAll(files);
        assertThat(facts.summary().count()).isEqualTo(rows);
    }
}
