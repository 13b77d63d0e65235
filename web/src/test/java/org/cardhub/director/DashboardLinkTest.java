package org.cardhub.director;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's address: read leniently (a malformed part is as if missing), written back part by part. */
class DashboardLinkTest {

    @Test
    void anAddressIsReadPartByPartAndWrittenBackTheSame() {
        DashboardLink link = DashboardLink.of(Map.of("school", "42", "from", "2026-12-01", "to", "2026-12-10", "class", "7")::get);

        assertThat(link).isEqualTo(new DashboardLink(42L, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 10), 7L));
        assertThat(link.page("/cardhub")).isEqualTo("/cardhub/cabinet/director/index.xhtml?school=42&from=2026-12-01&to=2026-12-10&class=7");
        assertThat(link.export("/cardhub")).isEqualTo("/cardhub/cabinet/director/export?school=42&from=2026-12-01&to=2026-12-10&class=7");
    }

    @Test
    void malformedPartsAreAsIfMissing() {
        DashboardLink link = DashboardLink.of(Map.of("school", "7; DROP", "from", "01.12.2026", "to", " ", "class", "-1")::get);

        assertThat(link).isEqualTo(new DashboardLink(null, null, null, null));
        assertThat(link.page("")).isEqualTo("/cabinet/director/index.xhtml");
    }

    @Test
    void aPresetOrAClassChangesOnlyItsPart() {
        DashboardLink link = new DashboardLink(42L, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), 7L);

        assertThat(link.withClass(null).page("")).isEqualTo("/cabinet/director/index.xhtml?school=42&from=2026-11-01&to=2026-11-30");
        assertThat(link.withPeriod(LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 10)).page(""))
                .isEqualTo("/cabinet/director/index.xhtml?school=42&from=2026-12-10&to=2026-12-10&class=7");
    }
}
