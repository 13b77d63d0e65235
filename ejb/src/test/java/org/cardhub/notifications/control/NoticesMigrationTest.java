package org.cardhub.notifications.control;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V23 turns each parent's old switches (passes, purchases, one set of channels for all) into choices for each child
 * they are linked to, keeps only their addresses beside them, and adds thresholds, the SMS informer and its revenue
 * account; the demo data then gives the demo parents their choices and the demo schools the informer's price, once.
 */
class NoticesMigrationTest {

    @Test
    void theOldSwitchesBecomeChoicesForEachLinkedChild() {
        try (NoticesDatabase database = new NoticesDatabase().migrateToJustBefore("23").schoolCards(1, 2)) {
            database.update("INSERT INTO card_guardian (card_id, subject) VALUES (1, 'p1'), (2, 'p1'), (1, 'p2')");
            database.update("INSERT INTO notification_preference (subject, email, phone, on_entry_exit, on_purchase, by_email, "
                    + "by_sms, by_push) VALUES ('p1', 'p1@example.ru', '+79001234567', TRUE, FALSE, TRUE, TRUE, FALSE), "
                    + "('p2', 'p2@example.ru', NULL, TRUE, TRUE, FALSE, FALSE, FALSE), "
                    + "('p3', 'p3@example.ru', NULL, TRUE, TRUE, TRUE, FALSE, FALSE)");

            database.migrate();

            assertThat(database.rows("SELECT topic, by_email, by_sms, by_push FROM notification_choice "
                    + "WHERE subject = 'p1' AND card_id = 2 ORDER BY topic")).containsExactly(
                    "CARD TRUE TRUE FALSE", "ENTRY_EXIT TRUE TRUE FALSE", "LOW_BALANCE TRUE TRUE FALSE",
                    "MEAL_ORDER TRUE TRUE FALSE", "PAYMENT_FAILED TRUE TRUE FALSE", "PURCHASE FALSE FALSE FALSE",
                    "TOP_UP TRUE TRUE FALSE");
            assertThat(database.rows("SELECT subject, card_id, COUNT(*) FROM notification_choice GROUP BY subject, card_id "
                    + "ORDER BY subject, card_id")).containsExactly("p1 1 7", "p1 2 7", "p2 1 7");
            assertThat(database.rows("SELECT COUNT(*) FROM notification_choice WHERE subject = 'p2' AND (by_email OR by_sms "
                    + "OR by_push)")).as("p2 had every channel off").containsExactly("0");
            assertThat(database.rows("SELECT column_name FROM information_schema.columns WHERE table_name = "
                    + "'notification_preference' ORDER BY column_name"))
                    .containsExactly("email", "phone", "push_token", "subject", "version");
            assertThat(database.rows("SELECT subject, email FROM notification_preference ORDER BY subject"))
                    .containsExactly("p1 p1@example.ru", "p2 p2@example.ru", "p3 p3@example.ru");
            assertThat(database.rows("SELECT purpose, currency FROM account WHERE system_code = 'SERVICE_REVENUE'"))
                    .containsExactly("SYSTEM RUB");
        }
    }

    @Test
    void theDemoParentsGetTheirChoicesAndTheDemoSchoolsTheInformersPriceOnce() {
        try (NoticesDatabase database = new NoticesDatabase().migrateWithDemoData()) {
            database.update("UPDATE flyway_schema_history SET checksum = checksum + 1 "
                    + "WHERE script = 'R__demo_sms_informer_and_notices.sql'");
            database.migrateWithDemoData();

            assertThat(database.rows("SELECT k.school_contract_number, COUNT(*), SUM(CASE WHEN c.by_email THEN 1 ELSE 0 END), "
                    + "SUM(CASE WHEN c.by_sms THEN 1 ELSE 0 END) FROM notification_choice c JOIN card k ON k.id = c.card_id "
                    + "GROUP BY k.school_contract_number ORDER BY 1"))
                    .containsExactly("10000001 7 7 0", "10000002 7 7 0", "10000003 7 7 7");
            assertThat(database.rows("SELECT c.number, p.monthly_minor, p.prorated FROM sms_informer_price p "
                    + "JOIN contract c ON c.id = p.contract_id ORDER BY c.number"))
                    .containsExactly("S-00000001 6000 TRUE", "S-00000002 5000 FALSE");
            assertThat(database.rows("SELECT email, phone FROM notification_preference ORDER BY email"))
                    .containsExactly("parent2@cardhub.local +79007654321", "parent@cardhub.local +79001234567");
        }
    }
}
