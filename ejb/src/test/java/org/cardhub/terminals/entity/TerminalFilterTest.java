package org.cardhub.terminals.entity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TerminalFilterTest {

    @Test
    void blankPartsMatchEverything() {
        TerminalFilter filter = new TerminalFilter(" ", null, "", "  ", null, null);

        assertThat(filter).isEqualTo(TerminalFilter.NONE);
    }

    @Test
    void textIsTrimmed() {
        assertThat(new TerminalFilter(" fuel ", null, null, null, null, null).id()).isEqualTo("fuel");
    }

    @Test
    void aPartMatchesAnywhereIgnoringCaseAndItsWildcardsAreTakenLiterally() {
        assertThat(TerminalFilter.containing("Школа")).isEqualTo("%школа%");
        assertThat(TerminalFilter.containing("100%_done!")).isEqualTo("%100!%!_done!!%");
    }
}
