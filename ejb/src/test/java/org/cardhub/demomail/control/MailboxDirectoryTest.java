package org.cardhub.demomail.control;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MailboxDirectoryTest {

    @Test
    void theAddressesOfTheServersUsersOnceEach() {
        String answer = "[{\"login\":\"anna@example.org\",\"email\":\"anna@example.org\"},"
                + "{\"login\":\"bob\",\"email\":\"bob@example.org\"},{\"login\":\"nobody\"},"
                + "{\"login\":\"anna2\",\"email\":\"anna@example.org\"}]";

        assertThat(MailboxDirectory.addressesIn(answer)).containsExactly("anna@example.org", "bob@example.org");
    }

    @Test
    void noUsersNoMailboxes() {
        assertThat(MailboxDirectory.addressesIn("[]")).isEmpty();
    }
}
