package org.cardhub.it.school;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.contracts.boundary.Contracts;
import org.cardhub.it.core.BackOffice;
import org.cardhub.it.core.Fixtures;
import org.cardhub.refusal.Refusal;
import org.cardhub.school.entity.ClassRef;
import org.cardhub.schooloffice.boundary.ClassRegister;
import org.cardhub.schooloffice.boundary.PupilImports;
import org.cardhub.schooloffice.entity.ClassRefusal;
import org.cardhub.schooloffice.entity.ImportOutcome;
import org.cardhub.schooloffice.entity.ImportPreview;
import org.cardhub.schooloffice.entity.ImportStatus;
import org.cardhub.schooloffice.entity.IssuedCodes;
import org.cardhub.schooloffice.entity.PrintedPupil;
import org.cardhub.schooloffice.entity.PupilFileRefusal;
import org.cardhub.schooloffice.entity.PupilList;
import org.cardhub.schooloffice.entity.RowProblem;
import org.cardhub.schooloffice.entity.RowProblem.Code;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.assertj.core.groups.Tuple;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.cardhub.secrets.KeyedHashes;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A school's director imports classes and pupils through the deployed boundaries on the real database, at a school
 * made for the test: a clean file makes the classes, the pupils' active cards with contract numbers, purses and
 * activation codes, the benefit and the history's line, and its printable list has the cards' codes; a file with bad
 * rows writes nothing and names each row; the same file applied twice changes nothing the second time; a teacher of
 * the school and another school's director are refused everything, as if the school did not exist.
 */
@ExtendWith(ArquillianExtension.class)
class PupilImportIT {

    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final String CLEAN = """
            Фамилия;Имя;Отчество;Класс;Номер договора;Категория
            Петров;Иван;Сергеевич;5А;;
            Сидорова;Анна;;5а;;многодетная семья
            Орлов;Пётр;;6Б;;
            Белова;Мария;Ивановна;;;сотрудник
            """;

    @Deployment
    static EnterpriseArchive deployment() {
        return ImportTestDeployment.with("pupil-import", PupilImportIT.class);
    }

    @EJB
    BackOffice backOffice;

    @EJB
    AsImportDirector director;

    @EJB
    AsImportTeacher teacher;

    @EJB
    AsOtherSchoolDirector otherDirector;

    @EJB
    Fixtures fixtures;

    @EJB
    Contracts contracts;

    @EJB
    PupilImports imports;

    @EJB
    ClassRegister register;

    @Resource(lookup = "jdbc/cardhub")
    DataSource dataSource;

    private TestSchools schools;
    private TestSchools.School school;

    @BeforeEach
    void aSchoolOfTheTestsOwn() throws Exception {
        schools = new TestSchools(backOffice, fixtures, contracts, dataSource);
        school = schools.withDirectorAndTeacher();
    }

    @Test
    void aCleanFileCreatesClassesPupilsCardsPursesCodesAndTheBenefitAndItsListHasTheCodes() throws Exception {
        byte[] file = CLEAN.getBytes(StandardCharsets.UTF_8);

        ImportPreview preview = director.call(() -> imports.preview(school.id(), file));

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.summary().created()).isEqualTo(4);
        assertThat(preview.summary().classesCreated()).isEqualTo(2);
        assertThat(preview.summary().benefitsGranted()).isEqualTo(1);
        assertThat(cardsOfSchool()).as("a preview writes nothing").isZero();

        ImportOutcome outcome = director.call(() -> imports.apply(school.id(), "ученики.csv", file, percent -> { }));

        assertThat(outcome.status()).isEqualTo(ImportStatus.APPLIED);
        assertThat(schools.rows("SELECT name FROM school_class WHERE organization_id = ? ORDER BY grade, letter", school.id()))
                .containsExactly("5А", "6Б");
        assertThat(schools.rows("SELECT c.holder_name || '|' || c.holder_kind || '|' || c.status || '|' || COALESCE(k.name, '-') "
                + "FROM card c LEFT JOIN school_class k ON k.id = c.class_id WHERE c.contract_id = ? ORDER BY c.holder_name",
                school.contractId())).containsExactly("Белова Мария Ивановна|PERSON|ACTIVE|-", "Орлов Пётр|PUPIL|ACTIVE|6Б",
                "Петров Иван Сергеевич|PUPIL|ACTIVE|5А", "Сидорова Анна|PUPIL|ACTIVE|5А");
        assertThat(schools.rows("SELECT school_contract_number FROM card WHERE contract_id = ?", school.contractId()))
                .hasSize(4).allMatch(number -> number.matches("\\d{8}")).doesNotHaveDuplicates();
        assertThat(schools.rows("SELECT barcode FROM card WHERE contract_id = ?", school.contractId()))
                .allMatch(barcode -> barcode.matches("\\d{13}"));
        assertThat(schools.rows("SELECT activation_code_hash FROM card WHERE contract_id = ?", school.contractId()))
                .as("only the codes' keyed hashes are kept").hasSize(4).allMatch(hash -> hash.matches("[0-9a-f]{64}"))
                .doesNotHaveDuplicates();
        assertThat(outcome.codes().importId()).isEqualTo(outcome.importId());
        assertThat(outcome.codes().byCard()).hasSize(4)
                .allSatisfy((card, code) -> assertThat(code).matches("[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{8}"));
        assertThat(schools.rows("SELECT a.purpose || ' ' || a.currency || ' ' || a.balance_minor FROM account a JOIN card c "
                + "ON c.id = a.card_id WHERE c.contract_id = ? ORDER BY a.purpose", school.contractId()))
                .containsExactly("CANTEEN RUB 0", "CANTEEN RUB 0", "CANTEEN RUB 0", "CANTEEN RUB 0",
                        "MAIN RUB 0", "MAIN RUB 0", "MAIN RUB 0", "MAIN RUB 0");
        assertThat(schools.rows("SELECT c.holder_name || ' ' || b.kind_code FROM meal_benefit b JOIN card c ON c.id = b.card_id "
                + "WHERE c.contract_id = ?", school.contractId())).containsExactly("Сидорова Анна LARGE_FAMILY");
        assertThat(schools.rows("SELECT status || ' ' || rows_read || ' ' || created_count || ' ' || imported_by "
                + "FROM pupil_import WHERE id = ?", outcome.importId())).containsExactly("APPLIED 4 4 " + TestSchools.DIRECTOR);
        assertThat(schools.count("SELECT COUNT(*) FROM audit_event WHERE action = 'school.pupils.import' AND subject_id = ?",
                Long.toString(school.id()))).isEqualTo(1);
        assertThat(schools.count("SELECT COUNT(*) FROM lifecycle_event e JOIN card c ON c.id = e.subject_id "
                + "WHERE e.subject_type = 'CARD' AND c.contract_id = ?", school.contractId())).isEqualTo(4);

        PupilList list = director.call(() -> imports.printableList(outcome.importId(), outcome.codes()));

        assertThat(list.pupils()).extracting(PrintedPupil::className, PrintedPupil::fullName).containsExactly(
                tuple("5А", "Петров Иван Сергеевич"), tuple("5А", "Сидорова Анна"), tuple("6Б", "Орлов Пётр"),
                tuple("", "Белова Мария Ивановна"));
        KeyedHashes hashes = KeyedHashes.fromBase64(ConfigProvider.getConfig()
                .getValue("cardhub.secrets.key-encryption-key", String.class));
        for (PrintedPupil pupil : list.pupils()) {
            assertThat(outcome.codes().byCard()).containsValue(pupil.activationCode());
            assertThat(schools.rows("SELECT activation_code_hash FROM card WHERE school_contract_number = ?", pupil.number()))
                    .containsExactly(hashes.activationCodeHash(pupil.activationCode()));
        }

        IssuedCodes renewed = director.call(() -> imports.issueNewCodes(outcome.importId()));

        assertThat(renewed.byCard()).hasSize(4);
        for (Map.Entry<Long, String> code : renewed.byCard().entrySet()) {
            assertThat(code.getValue()).matches("[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{8}")
                    .isNotEqualTo(outcome.codes().byCard().get(code.getKey()));
            assertThat(schools.rows("SELECT activation_code_hash FROM card WHERE id = ?", code.getKey()))
                    .as("the new code links the card, the one handed out before no longer")
                    .containsExactly(hashes.activationCodeHash(code.getValue()));
        }
        assertThat(director.call(() -> imports.printableList(outcome.importId(), renewed)).pupils())
                .extracting(PrintedPupil::activationCode).containsExactlyInAnyOrderElementsOf(renewed.byCard().values());
        assertThat(schools.count("SELECT COUNT(*) FROM audit_event WHERE action = 'school.pupils.codes.renewed' AND subject_id = ?",
                Long.toString(school.id()))).isEqualTo(1);
        assertThat(director.call(() -> register.classes(school.id()))).extracting(ClassRef::name, ClassRef::pupils)
                .containsExactly(tuple("5А", 2L), tuple("6Б", 1L));
        assertThat(director.call(() -> register.countPupils(school.id(), null, "сидор"))).isEqualTo(1);
        assertThat(director.call(() -> register.pupils(school.id(), null, "сидор", 0, 10)).get(0).benefitRu())
                .isEqualTo("многодетная семья");
    }

    @Test
    void aFileWithBadRowsWritesNothingAndNamesEachRowWithItsLine() throws Exception {
        TestSchools.School other = schools.ofTheOtherDirector();
        Card othersPupil = backOffice.call(() -> fixtures.activeCards(other.contractId(), HolderKind.PUPIL, 1)).get(0);
        byte[] file = String.join("\r\n",
                "Фамилия,Имя,Класс,Номер договора,Категория",
                "Петров,Иван,5А,,",
                ",Анна,5А,,",
                "Орлов,Пётр,12А,,",
                "Белов,Олег,5А,1234,",
                "Смирнов,Олег,5А,,отличник",
                "Кузнецов,Дмитрий,5А," + othersPupil.schoolContractNumber() + ",",
                "Лебедев,Иван,6Б,87654321,",
                "Лебедева,Ирина,6Б,87654321,") .getBytes(WINDOWS_1251);

        ImportPreview preview = director.call(() -> imports.preview(school.id(), file));

        List<Tuple> named = List.of(tuple(3, Code.SURNAME_MISSING), tuple(4, Code.CLASS_UNKNOWN), tuple(5, Code.NUMBER_MALFORMED),
                tuple(6, Code.CATEGORY_UNKNOWN), tuple(7, Code.NUMBER_OTHER_SCHOOL), tuple(9, Code.NUMBER_REPEATED));
        assertThat(preview.problems()).extracting(RowProblem::line, RowProblem::code).containsExactlyElementsOf(named);
        assertThat(preview.problems().get(5).otherLine()).isEqualTo(8);

        Throwable refused = refusalOf(() -> director.call(() -> imports.apply(school.id(), "плохой.csv", file, percent -> { })));

        assertThat(refused).isInstanceOfSatisfying(PupilFileRefusal.class, file1 -> {
            assertThat(file1.code()).isEqualTo(PupilFileRefusal.Code.ROWS_INVALID);
            assertThat(file1.problems()).extracting(RowProblem::line, RowProblem::code).containsExactlyElementsOf(named);
        });
        assertThat(cardsOfSchool()).isZero();
        assertThat(schools.count("SELECT COUNT(*) FROM school_class WHERE organization_id = ?", school.id())).isZero();
        assertThat(schools.rows("SELECT status || ' ' || created_count FROM pupil_import WHERE organization_id = ?", school.id()))
                .containsExactly("REFUSED 0");
        assertThat(refusalOf(() -> director.call(() -> imports.preview(school.id(), "Фамилия;Имя\nПетров;Иван\n"
                .getBytes(StandardCharsets.UTF_8))))).isInstanceOfSatisfying(PupilFileRefusal.class,
                columns -> assertThat(columns.code()).isEqualTo(PupilFileRefusal.Code.COLUMNS_MISSING));
    }

    @Test
    void theSameFileAppliedTwiceChangesNothingTheSecondTime() throws Exception {
        byte[] file = CLEAN.getBytes(StandardCharsets.UTF_8);
        director.call(() -> imports.apply(school.id(), "ученики.csv", file, percent -> { }));
        List<String> before = everythingOfTheSchool();

        ImportPreview again = director.call(() -> imports.preview(school.id(), file));
        ImportOutcome second = director.call(() -> imports.apply(school.id(), "ученики.csv", file, percent -> { }));

        assertThat(again.summary().nothingToChange()).isTrue();
        assertThat(again.summary().unchanged()).isEqualTo(4);
        assertThat(second.status()).isEqualTo(ImportStatus.UNCHANGED);
        assertThat(everythingOfTheSchool()).isEqualTo(before);

        String moved = CLEAN.replace("Орлов;Пётр;;6Б;;", "Орлов;Пётр;;5Б;;малоимущая семья");
        ImportOutcome third = director.call(() -> imports.apply(school.id(), "перевод.csv", moved.getBytes(StandardCharsets.UTF_8),
                percent -> { }));

        assertThat(third.summary().created()).isZero();
        assertThat(third.summary().moved()).isEqualTo(1);
        assertThat(third.summary().classesCreated()).isEqualTo(1);
        assertThat(third.summary().benefitsGranted()).isEqualTo(1);
        assertThat(cardsOfSchool()).isEqualTo(4);
    }

    @Test
    void aTeacherOfTheSchoolAndAnotherSchoolsDirectorAreRefusedEverything() throws Exception {
        TestSchools.School other = schools.ofTheOtherDirector();
        byte[] file = CLEAN.getBytes(StandardCharsets.UTF_8);
        ImportOutcome done = director.call(() -> imports.apply(school.id(), "ученики.csv", file, percent -> { }));
        long classId = director.call(() -> register.classes(school.id())).get(0).id();

        for (Runnable refusedCall : List.<Runnable>of(
                () -> call(teacher::call, () -> imports.preview(school.id(), file)),
                () -> call(teacher::call, () -> imports.apply(school.id(), "t.csv", file, percent -> { })),
                () -> call(teacher::call, () -> imports.printableList(done.importId(), done.codes())),
                () -> call(teacher::call, () -> imports.issueNewCodes(done.importId())),
                () -> call(teacher::call, () -> imports.history(school.id(), 0, 10)),
                () -> call(teacher::call, () -> register.classes(school.id())),
                () -> call(teacher::call, () -> register.create(school.id(), "7В")),
                () -> call(otherDirector::call, () -> imports.preview(school.id(), file)),
                () -> call(otherDirector::call, () -> imports.apply(school.id(), "o.csv", file, percent -> { })),
                () -> call(otherDirector::call, () -> imports.printableList(done.importId(), done.codes())),
                () -> call(otherDirector::call, () -> imports.issueNewCodes(done.importId())),
                () -> call(otherDirector::call, () -> register.pupils(school.id(), null, null, 0, 10)),
                () -> call(otherDirector::call, () -> { register.assignTeacher(classId, TestSchools.DIRECTOR); return null; }),
                () -> call(director::call, () -> register.classes(other.id())))) {
            assertThat(refusalOf(refusedCall::run)).isInstanceOfAny(AccessDeniedException.class, EJBAccessException.class);
        }
        assertThat(cardsOfSchool()).isEqualTo(4);
        assertThat(schools.count("SELECT COUNT(*) FROM pupil_import WHERE organization_id = ?", school.id())).isEqualTo(1);
        assertThat(schools.count("SELECT COUNT(*) FROM school_class WHERE organization_id = ?", school.id())).isEqualTo(2);
    }

    @Test
    void theDirectorCreatesAClassAndGivesItToATeacherOfTheSchoolOnly() throws Exception {
        ClassRef created = director.call(() -> register.create(school.id(), "5 а"));

        assertThat(created.name()).isEqualTo("5А");
        assertThat(refusalOf(() -> director.call(() -> register.create(school.id(), "5А"))))
                .isInstanceOfSatisfying(ClassRefusal.class, refused -> assertThat(refused.code()).isEqualTo(ClassRefusal.Code.EXISTS));
        assertThat(refusalOf(() -> director.call(() -> register.create(school.id(), "12Я"))))
                .isInstanceOfSatisfying(ClassRefusal.class, refused -> assertThat(refused.code()).isEqualTo(ClassRefusal.Code.NAME_FORMAT));
        assertThat(refusalOf(() -> director.call(() -> { register.assignTeacher(created.id(), TestSchools.DIRECTOR); return null; })))
                .isInstanceOfSatisfying(ClassRefusal.class, refused -> assertThat(refused.code()).isEqualTo(ClassRefusal.Code.NOT_A_TEACHER));

        director.call(() -> { register.assignTeacher(created.id(), TestSchools.TEACHER); return null; });

        assertThat(director.call(() -> register.classes(school.id()))).extracting(ClassRef::name, ClassRef::teacherName)
                .containsExactly(tuple("5А", "Учитель Импортов"));
        assertThat(director.call(() -> register.teachers(school.id()))).hasSize(1);
    }

    private long cardsOfSchool() throws Exception {
        return schools.count("SELECT COUNT(*) FROM card WHERE contract_id = ?", school.contractId());
    }

    /** Every row the school's import writes, as text, to compare before and after. */
    private List<String> everythingOfTheSchool() throws Exception {
        return Stream.of(
                schools.rows("SELECT id || holder_name || holder_kind || status || COALESCE(class_id, 0) || school_contract_number "
                        + "|| activation_code_hash || version FROM card WHERE contract_id = ? ORDER BY id", school.contractId()),
                schools.rows("SELECT id || name || version FROM school_class WHERE organization_id = ? ORDER BY id", school.id()),
                schools.rows("SELECT a.id || a.purpose FROM account a JOIN card c ON c.id = a.card_id WHERE c.contract_id = ? "
                        + "ORDER BY a.id", school.contractId()),
                schools.rows("SELECT b.card_id || b.kind_code || b.valid_from || b.version FROM meal_benefit b JOIN card c "
                        + "ON c.id = b.card_id WHERE c.contract_id = ? ORDER BY b.card_id", school.contractId()),
                schools.rows("SELECT COUNT(*) FROM lifecycle_event e JOIN card c ON c.id = e.subject_id WHERE e.subject_type = 'CARD' "
                        + "AND c.contract_id = ?", school.contractId()))
                .flatMap(List::stream).toList();
    }

    @FunctionalInterface
    private interface Caller {
        Object call(java.util.concurrent.Callable<Object> work) throws Exception;
    }

    @SuppressWarnings("unchecked")
    private static void call(Caller as, java.util.concurrent.Callable<?> work) {
        try {
            as.call((java.util.concurrent.Callable<Object>) work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the call was refused with: a boundary's refusal, or the container's, found inside what the call threw. */
    private static Throwable refusalOf(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("refused").isNotNull();
        return Stream.iterate(thrown, link -> link != null, Throwable::getCause)
                .filter(link -> link instanceof Refusal || link instanceof EJBAccessException)
                .findFirst().orElse(thrown);
    }
}
