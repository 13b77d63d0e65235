package org.cardhub.it.core;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditEvent;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.cards.boundary.CardDirectory;
import org.cardhub.cards.boundary.Cards;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardRef;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.cards.entity.InvalidCardIdentifierException;
import org.cardhub.contracts.boundary.Contracts;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.refusal.Refusal;
import org.cardhub.school.boundary.Children;
import org.cardhub.school.boundary.SchoolDays;
import org.cardhub.school.boundary.GuardianLinkLocks;
import org.cardhub.school.boundary.Guardians;
import org.cardhub.school.entity.Child;
import org.cardhub.school.entity.GuardianLinkLock;
import org.cardhub.school.entity.LinkRefusal;
import org.cardhub.school.entity.LinkResult;
import org.cardhub.school.entity.LinkedChild;
import org.cardhub.school.entity.LockedNumber;
import org.cardhub.secrets.KeyedHashes;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parents link children with the school contract number and the activation code, inside Payara on the real database:
 * five wrong codes lock the number for an hour — the right code too is refused then — until the back office lifts the
 * lock with a reason; racing wrong codes never check more codes than that; a second parent links a child the first
 * parent keeps, and once they unlink, every read of the child refuses them while the first parent still sees it.
 * Malformed input is refused before anything is written.
 */
@ExtendWith(ArquillianExtension.class)
class GuardianLinkIT {

    /** Петров Иван of the demo data: the demo user {@code parent}'s child. */
    private static final String IVAN = "10000001";
    private static final String IVANS_CODE = "DEMO-1001";
    private static final String DEMO_PARENT = "d3e0c0de-0000-4000-8000-000000000003";
    private static final String WRONG = "WRONG-0000";

    @Deployment
    static EnterpriseArchive deployment() {
        return CoreTestDeployment.shared();
    }

    @EJB
    BackOffice backOffice;

    @EJB
    AsOtherParent parent2;

    @EJB
    Fixtures fixtures;

    @EJB
    Contracts contracts;

    @EJB
    Cards cards;

    @EJB
    Guardians guardians;

    @EJB
    GuardianLinkLocks locks;

    @EJB
    Children children;

    @EJB
    SchoolDays schoolDays;

    @EJB
    CardDirectory directory;

    @EJB
    AuditLog audit;

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = "jdbc/cardhub")
    DataSource dataSource;

    @Test
    void fiveWrongCodesLockTheNumberTheRightCodeIsRefusedTooUntilTheBackOfficeLiftsTheLock() throws Exception {
        Pupil pupil = newPupil();
        String number = pupil.schoolContractNumber();

        for (int left = GuardianLinkLock.MAX_FAILURES - 1; left > 0; left--) {
            LinkResult wrong = parent2.call(() -> guardians.link(number, WRONG));
            assertThat(wrong.outcome()).isEqualTo(LinkResult.Outcome.WRONG);
            assertThat(wrong.attemptsLeft()).isEqualTo(left);
        }
        Instant beforeTheFifth = Instant.now();
        LinkResult fifth = parent2.call(() -> guardians.link(number, WRONG));
        assertThat(fifth.outcome()).isEqualTo(LinkResult.Outcome.LOCKED);
        assertThat(fifth.justLocked()).isTrue();
        assertThat(fifth.lockedUntil()).isBetween(beforeTheFifth.plus(Duration.ofMinutes(59)), Instant.now().plus(Duration.ofHours(1)));

        LinkResult right = parent2.call(() -> guardians.link(number, pupil.activationCode()));
        assertThat(right.outcome()).isEqualTo(LinkResult.Outcome.LOCKED);
        assertThat(right.justLocked()).isFalse();
        assertThat(directory.guardiansOf(pupil.id())).doesNotContain("parent2");

        LockedNumber seen = backOffice.call(() -> locks.locked()).stream()
                .filter(lock -> lock.contractNumber().equals(number)).findFirst().orElseThrow();
        assertThat(seen.failedCount()).isEqualTo(5);
        assertThat(seen.pupil()).isEqualTo("Holder 0.");
        assertThat(seen.lockedUntil().truncatedTo(java.time.temporal.ChronoUnit.MILLIS)).isEqualTo(fifth.lockedUntil().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        assertThat(Thrown.by(() -> backOffice.call(() -> locks.lift(number, "  "))))
                .isInstanceOfSatisfying(LinkRefusal.class, refused -> assertThat(refused.code()).isEqualTo(LinkRefusal.Code.REASON_REQUIRED));
        assertThat(backOffice.call(() -> locks.lift(number, "Мать позвонила в школу, код у неё на руках"))).isTrue();
        assertThat(backOffice.call(() -> locks.lift(number, "ещё раз"))).as("lifted already").isFalse();
        assertThat(backOffice.call(() -> locks.locked())).noneMatch(lock -> lock.contractNumber().equals(number));

        LinkResult linked = parent2.call(() -> guardians.link(number, pupil.activationCode().toLowerCase()));
        assertThat(linked.outcome()).isEqualTo(LinkResult.Outcome.LINKED);
        assertThat(linked.cardId()).isEqualTo(pupil.id());
        assertThat(linked.becameParent()).as("parent2 is a parent already").isFalse();
        assertThat(parent2.call(() -> guardians.link(number, pupil.activationCode())).outcome())
                .as("linking again changes nothing").isEqualTo(LinkResult.Outcome.ALREADY_LINKED);
        assertThat(directory.guardiansOf(pupil.id())).containsExactly("parent2");
        assertThat(audit.of(AuditSubject.SCHOOL_CONTRACT_NUMBER, number)).extracting(AuditEvent::action)
                .containsExactly("guardian.link-locked", "guardian.link-unlocked");
        assertThat(audit.of(AuditSubject.SCHOOL_CONTRACT_NUMBER, number).get(1).actor()).isEqualTo("backoffice");
        assertThat(audit.of(AuditSubject.CARD, pupil.id())).extracting(AuditEvent::action).contains("guardian.linked");

        parent2.call(() -> {
            guardians.unlink(pupil.id());
            return null;
        });
    }

    @Test
    void aRightCodeClearsTheWrongOnesBeforeIt() throws Exception {
        Pupil pupil = newPupil();
        for (int i = 0; i < 4; i++) {
            parent2.call(() -> guardians.link(pupil.schoolContractNumber(), WRONG));
        }

        assertThat(parent2.call(() -> guardians.link(pupil.schoolContractNumber(), pupil.activationCode())).outcome())
                .isEqualTo(LinkResult.Outcome.LINKED);
        assertThat(failedCount(pupil.schoolContractNumber())).isZero();
        assertThat(parent2.call(() -> guardians.link(pupil.schoolContractNumber(), WRONG)).attemptsLeft()).isEqualTo(4);

        parent2.call(() -> {
            guardians.unlink(pupil.id());
            return null;
        });
    }

    @Test
    void anUnknownNumberIsAnsweredLikeAWrongCodeAndCountedToo() throws Exception {
        String unknown = "9" + String.format("%07d", System.nanoTime() % 10_000_000);

        LinkResult answer = parent2.call(() -> guardians.link(unknown, WRONG));

        assertThat(answer.outcome()).isEqualTo(LinkResult.Outcome.WRONG);
        assertThat(answer.cardId()).isNull();
        assertThat(failedCount(unknown)).isEqualTo(1);
    }

    @Test
    void racingWrongCodesNeverCheckMoreCodesThanTheLimit() throws Exception {
        Pupil pupil = newPupil();
        int racers = 12;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<LinkResult>> answers = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            answers.add(executor.submit(() -> {
                start.await();
                return parent2.call(() -> guardians.link(pupil.schoolContractNumber(), WRONG));
            }));
        }
        start.countDown();
        int checked = 0;
        int refusedUnchecked = 0;
        for (Future<LinkResult> answer : answers) {
            LinkResult result = answer.get(120, TimeUnit.SECONDS);
            boolean codeChecked = result.outcome() == LinkResult.Outcome.WRONG || result.justLocked();
            checked += codeChecked ? 1 : 0;
            refusedUnchecked += codeChecked ? 0 : 1;
        }

        assertThat(checked).isEqualTo(GuardianLinkLock.MAX_FAILURES);
        assertThat(refusedUnchecked).isEqualTo(racers - GuardianLinkLock.MAX_FAILURES);
        assertThat(failedCount(pupil.schoolContractNumber())).isEqualTo(GuardianLinkLock.MAX_FAILURES);
        backOffice.call(() -> locks.lift(pupil.schoolContractNumber(), "test clean-up"));
    }

    @Test
    void aSecondParentLinksIvanWithTheSchoolsCodeAndOnceUnlinkedIsRefusedWhileTheFirstParentKeepsHim() throws Exception {
        LinkResult linked = parent2.call(() -> guardians.link(IVAN, IVANS_CODE));
        long ivan = linked.cardId();
        try {
            assertThat(linked.outcome()).isEqualTo(LinkResult.Outcome.LINKED);
            assertThat(linked.childName()).isEqualTo("Петров Иван");
            assertThat(directory.guardiansOf(ivan)).contains(DEMO_PARENT, "parent2");
            assertThat(parent2.call(() -> children.mine())).extracting(Child::name).contains("Петров Иван");
            assertThat(parent2.call(() -> guardians.mine())).extracting(LinkedChild::name, LinkedChild::schoolName)
                    .contains(org.assertj.core.api.Assertions.tuple("Петров Иван", "МБОУ «Школа № 7»"));
            assertThat(parent2.call(() -> schoolDays.card(ivan))).isNotNull();
        } finally {
            parent2.call(() -> {
                guardians.unlink(ivan);
                return null;
            });
        }

        assertThat(parent2.call(() -> children.mine())).extracting(Child::name).doesNotContain("Петров Иван");
        assertRefused(() -> parent2.call(() -> schoolDays.card(ivan)));
        assertRefused(() -> parent2.call(() -> schoolDays.day(ivan, java.time.LocalDate.now())));
        assertRefused(() -> parent2.call(() -> cards.find(ivan)));
        assertRefused(() -> parent2.call(() -> cards.history(ivan)));
        assertRefused(() -> parent2.call(() -> {
            guardians.unlink(ivan);
            return null;
        }));
        assertThat(directory.guardiansOf(ivan)).as("the first parent keeps Ivan").contains(DEMO_PARENT).doesNotContain("parent2");
        List<AuditEvent> trail = audit.of(AuditSubject.CARD, ivan);
        assertThat(trail).extracting(AuditEvent::action).containsSubsequence("guardian.linked", "guardian.unlinked");
        assertThat(trail.get(trail.size() - 1).actor()).isEqualTo("parent2");
    }

    @Test
    void malformedInputIsRefusedAtItsFieldAndNothingIsWritten() throws Exception {
        Pupil pupil = newPupil();
        String shorter = pupil.schoolContractNumber().substring(1);

        assertThat(Thrown.by(() -> parent2.call(() -> guardians.link(shorter, pupil.activationCode()))))
                .isInstanceOfSatisfying(InvalidCardIdentifierException.class,
                        refused -> assertThat(refused.code()).isEqualTo(InvalidCardIdentifierException.Code.CONTRACT_NUMBER_FORMAT));
        assertThat(Thrown.by(() -> parent2.call(() -> guardians.link(pupil.schoolContractNumber() + "0", pupil.activationCode()))))
                .isInstanceOf(InvalidCardIdentifierException.class);
        assertThat(Thrown.by(() -> parent2.call(() -> guardians.link(pupil.schoolContractNumber(), "код 1001"))))
                .isInstanceOfSatisfying(LinkRefusal.class,
                        refused -> assertThat(refused.code()).isEqualTo(LinkRefusal.Code.ACTIVATION_CODE_FORMAT));

        assertThat(count("SELECT COUNT(*) FROM guardian_link_lock WHERE contract_number IN (?, ?)", shorter,
                pupil.schoolContractNumber())).isZero();
        assertThat(directory.guardiansOf(pupil.id())).isEmpty();
    }

    @Test
    void aClosedCardIsNotLinkedEvenWithItsCode() throws Exception {
        Pupil pupil = newPupil();
        backOffice.call(() -> cards.close(pupil.id(), "left the school"));

        LinkResult answer = parent2.call(() -> guardians.link(pupil.schoolContractNumber(), pupil.activationCode()));

        assertThat(answer.outcome()).isEqualTo(LinkResult.Outcome.CARD_CLOSED);
        assertThat(directory.guardiansOf(pupil.id())).isEmpty();
    }

    /** A pupil's card at a school of its own, active, nobody linked: its number and code as the school's letter gives them. */
    private Pupil newPupil() throws SQLException {
        long school = backOffice.call(() -> fixtures.company("Europe/Moscow"));
        Contract contract = backOffice.call(() -> contracts.activate(contracts.openSchool(school).id(), "signed"));
        Card card = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.PUPIL, 1)).get(0);
        // the card keeps only its code's keyed hash: the test gives it a code it knows, as a school's list would
        String code = "LINK-" + Long.toString(card.id(), 36).toUpperCase();
        String hash = KeyedHashes.fromBase64(ConfigProvider.getConfig().getValue("cardhub.secrets.key-encryption-key", String.class))
                .activationCodeHash(code);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE card SET activation_code_hash = ? WHERE id = ?")) {
            update.setString(1, hash);
            update.setLong(2, card.id());
            update.executeUpdate();
        }
        return new Pupil(directory.find(CardRef.id(card.id())).orElseThrow(), code);
    }

    /** A pupil's card and the activation code the school handed out with it. */
    private record Pupil(Card card, String activationCode) {

        long id() {
            return card.id();
        }

        String schoolContractNumber() {
            return card.schoolContractNumber();
        }
    }

    private int failedCount(String number) throws SQLException {
        return count("SELECT COALESCE(MAX(failed_count), 0) FROM guardian_link_lock WHERE contract_number = ?", number);
    }

    private int count(String sql, String... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        Throwable refused = Thrown.by(call);
        assertThat(refused).isInstanceOf(Refusal.class);
        assertThat(((Refusal) refused).code()).isEqualTo(AccessDeniedException.Code.NOT_FOUND);
    }
}
