package org.cardhub.it.core;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import org.cardhub.cards.boundary.Cards;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardForm;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.contracts.boundary.Contracts;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.it.ParentCardPages;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo parent {@code parent2} moves a child to another school on the card's page in a real Chromium, and the effect
 * is checked where it lands: a new card on «Лицей № 3»'s contract with a new school number and the money, the old card
 * replaced and still the old school's. The child is a throwaway pupil of «Школа № 7» made for the run (inside Payara),
 * so the demo's children keep their schools; the browser step ({@link RunAsClient}) finds them by the run's mark in
 * their name, which travels to the container in the deployment (client and container share no memory).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ParentChangeOfSchoolInBrowserIT {

    private static final String PARENT2 = "d3e0c0de-0000-4000-8000-000000000004";
    private static final String RUN_RESOURCE = "cardhub-it/change-of-school-run.txt";
    private static final String LYCEUM = "ГБОУ «Лицей № 3»";

    private static String run;
    private static String newSchoolNumber;

    @Deployment
    static EnterpriseArchive deployment() {
        run = UUID.randomUUID().toString().substring(0, 6);
        JavaArchive mark = ShrinkWrap.create(JavaArchive.class, "change-of-school-run.jar")
                .addAsResource(new StringAsset(run), RUN_RESOURCE);
        return CoreTestDeployment.with("change-of-school", ParentChangeOfSchoolInBrowserIT.class).addAsLibrary(mark);
    }

    @EJB
    BackOffice backOffice;

    @EJB
    Fixtures fixtures;

    @EJB
    Contracts contracts;

    @EJB
    Cards cards;

    @Resource(lookup = "jdbc/cardhub")
    DataSource dataSource;

    @Test
    @Order(1)
    void aPupilOfSchoolSevenLookedAfterByParent2WithAHundredRoubles() throws Exception {
        Contract school = backOffice.call(() -> contracts.findByNumber("S-00000001").orElseThrow());
        Card pupil = backOffice.call(() -> {
            Card ordered = cards.order(school.id(), CardForm.PLASTIC, new Card.Holder(HolderKind.PUPIL, holder(), null)).card();
            cards.issue(ordered.id());
            cards.addGuardian(ordered.id(), PARENT2);
            return cards.activate(ordered.id());
        });
        backOffice.call(() -> fixtures.topUpCard(pupil.id(), "100.00"));

        assertThat(pupil.status()).isEqualTo(CardStatus.ACTIVE);
        assertThat(pupil.schoolContractNumber()).matches("\\d{8}");
    }

    @Test
    @Order(2)
    @RunAsClient
    void parent2MovesTheChildToTheLyceumOnTheCardsPage() throws Exception {
        try (ParentCardPages pages = ParentCardPages.signedIn("parent2")) {
            pages.openCardOf(holder());
            String before = pages.text("card-school-number");
            assertThat(pages.text("card-school")).isEqualTo("МБОУ «Школа № 7»");

            newSchoolNumber = pages.changeSchoolTo(LYCEUM);

            assertThat(newSchoolNumber).matches("\\d{8}").isNotEqualTo(before);
            assertThat(pages.text("swap-text")).contains("100,00 ₽");
            assertThat(pages.text("card-status")).contains("Заменена");
            assertThat(pages.text("card-school")).as("the old card stays the old school's").isEqualTo("МБОУ «Школа № 7»");
        }
    }

    @Test
    @Order(3)
    void theNewCardIsTheLyceumsWithTheMoneyAndTheOldOneIsReplaced() throws Exception {
        long oldCard = number("SELECT id FROM card WHERE holder_name = ? AND status = 'REISSUED'", holder());
        long newCard = number("SELECT id FROM card WHERE holder_name = ? AND status = 'ACTIVE'", holder());
        Card fresh = backOffice.call(() -> cards.find(newCard));

        assertThat(backOffice.call(() -> contracts.find(fresh.contractId())).number()).isEqualTo("S-00000002");
        assertThat(number("SELECT COALESCE(SUM(balance_minor), 0) FROM account WHERE card_id = ?", newCard)).isEqualTo(100_00);
        assertThat(number("SELECT COALESCE(SUM(balance_minor), 0) FROM account WHERE card_id = ?", oldCard)).isZero();
        assertThat(backOffice.call(() -> cards.find(oldCard)).status()).isEqualTo(CardStatus.REISSUED);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement forget = connection.prepareStatement("DELETE FROM card_guardian WHERE card_id IN (?, ?)")) {
            forget.setLong(1, oldCard);
            forget.setLong(2, newCard);
            forget.executeUpdate(); // parent2's home keeps only the demo's children
        }
    }

    private static String holder() {
        return "Ученик Переводов " + mark();
    }

    private static String mark() {
        if (run != null) {
            return run;
        }
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RUN_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private long number(String sql, Object parameter) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).as(sql + " " + parameter).isTrue();
                return rows.getLong(1);
            }
        }
    }
}
