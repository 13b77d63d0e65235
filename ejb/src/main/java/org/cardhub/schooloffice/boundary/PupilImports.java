package org.cardhub.schooloffice.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.callers.Role;
import org.cardhub.cards.boundary.SchoolCardRolls;
import org.cardhub.cards.boundary.SchoolCardRolls.NewSchoolCard;
import org.cardhub.meals.entity.BenefitKind;
import org.cardhub.refusal.Refusal;
import org.cardhub.school.entity.SchoolRef;
import org.cardhub.schooloffice.control.ImportWork;
import org.cardhub.schooloffice.control.Keepers;
import org.cardhub.schooloffice.control.PupilFile;
import org.cardhub.schooloffice.control.Rolls;
import org.cardhub.schooloffice.entity.ImportOutcome;
import org.cardhub.schooloffice.entity.ImportPlan;
import org.cardhub.schooloffice.entity.ImportPreview;
import org.cardhub.schooloffice.entity.ImportStatus;
import org.cardhub.schooloffice.entity.IssuedCodes;
import org.cardhub.schooloffice.entity.PrintedPupil;
import org.cardhub.schooloffice.entity.PupilImport;
import org.cardhub.schooloffice.entity.PupilLine;
import org.cardhub.schooloffice.entity.PupilLineRules;
import org.cardhub.schooloffice.entity.PupilList;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

/**
 * A school's import of classes and pupils from a CSV or Excel file, for its director and administrator and the back
 * office: the preview says every bad row with its line, or what applying would do; applying does all of it in one
 * transaction or nothing, and reads the file and the school's roll again, so what was previewed is never trusted;
 * the history of the school's imports; the printable list of an import's new pupils with the activation codes handed
 * back when the cards were made (the cards keep only the codes' keyed hashes), or with new codes issued for it later.
 */
@Stateless
@RolesAllowed({Role.Names.DIRECTOR, Role.Names.TEACHER, Role.Names.BACKOFFICE})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PupilImports {

    @PersistenceContext
    EntityManager em;

    @Inject
    Keepers keepers;

    @Inject
    Rolls rolls;

    @EJB
    ImportWork work;

    @EJB
    SchoolCardRolls cards;

    @EJB
    AuditLog audit;

    /** What applying the file to the school would do, or every row that stops it; writes nothing. */
    public ImportPreview preview(long schoolId, byte[] content) {
        SchoolRef school = keepers.requireLists(schoolId);
        List<PupilLine> lines = PupilFile.read(content);
        ImportPlan plan = ImportPlan.of(lines, rolls.of(school, lines), new PupilLineRules(rolls.kinds()));
        return new ImportPreview(plan.summary(), plan.problems());
    }

    /**
     * Applies the file to the school, all or nothing; a file refused or an import failed leaves only its line in the
     * history. {@code progress} hears how far it got, 0 to 100.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportOutcome apply(long schoolId, String fileName, byte[] content, IntConsumer progress) {
        SchoolRef school = keepers.requireLists(schoolId);
        long started = System.nanoTime();
        int rows = 0;
        try {
            List<PupilLine> lines = PupilFile.read(content);
            rows = lines.size();
            return work.apply(school, fileName, lines, started, progress);
        } catch (Refusal refused) {
            throw remembered(refused, school, fileName, rows, ImportStatus.REFUSED, started);
        } catch (RuntimeException failed) {
            throw remembered(failed, school, fileName, rows, ImportStatus.FAILED, started);
        }
    }

    /** Writes the history's line of an import that wrote nothing; the reason it did not is what the caller hears. */
    private RuntimeException remembered(RuntimeException why, SchoolRef school, String fileName, int rows,
                                        ImportStatus status, long started) {
        try {
            work.notApplied(school, fileName, rows, status, started);
        } catch (RuntimeException notWritten) {
            why.addSuppressed(notWritten);
        }
        return why;
    }

    /** The free-meal benefit kinds a file's category may name, in their order. */
    public List<BenefitKind> benefitKinds() {
        return rolls.kinds();
    }

    /** The school's imports, newest first. */
    public List<PupilImport> history(long schoolId, int first, int max) {
        keepers.requireLists(schoolId);
        return em.createQuery("SELECT i FROM PupilImport i WHERE i.schoolId = :school ORDER BY i.importedAt DESC, i.id DESC",
                        PupilImport.class)
                .setParameter("school", schoolId).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long historyCount(long schoolId) {
        keepers.requireLists(schoolId);
        return em.createQuery("SELECT COUNT(i) FROM PupilImport i WHERE i.schoolId = :school", Long.class)
                .setParameter("school", schoolId).getSingleResult();
    }

    /**
     * The new pupils of an import, by class and name, with their contract numbers and the activation codes given
     * (those the import or {@link #issueNewCodes} handed back); a card whose code is not among them — closed since —
     * is listed without one.
     */
    public PupilList printableList(long importId, IssuedCodes codes) {
        PupilImport done = importSeen(importId);
        if (codes == null || codes.importId() != importId) {
            throw new IllegalArgumentException("The codes given are not import " + importId + "'s");
        }
        SchoolRef school = keepers.requireLists(done.schoolId());
        Map<Long, String> classNames = new HashMap<>();
        rolls.classIds(school.id()).forEach((name, id) -> classNames.put(id, name));
        Comparator<PrintedPupil> byClass = Comparator.comparing(pupil -> classOrder(pupil.className()));
        List<PrintedPupil> pupils = cards.handOut(school.contractId(), madeBy(importId)).stream()
                .map(card -> printed(card, classNames, codes.of(card.cardId()).orElse("")))
                .sorted(byClass.thenComparing(PrintedPupil::fullName).thenComparing(PrintedPupil::number)).toList();
        return new PupilList(done.id(), school.name(), done.fileName(), done.importedAt(), school.zone(), pupils);
    }

    /**
     * New activation codes for the live cards an import made, for its list printed again when the codes handed back at
     * the import are gone: the codes given before stop working, in the same transaction.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public IssuedCodes issueNewCodes(long importId) {
        PupilImport done = importSeen(importId);
        SchoolRef school = keepers.requireLists(done.schoolId());
        List<NewSchoolCard> renewed = cards.newCodes(school.contractId(), madeBy(importId),
                "new activation codes for the list of import " + importId);
        audit.record(audit.actor(null), "school.pupils.codes.renewed", AuditSubject.ORGANIZATION, school.id(),
                done.fileName() + ": " + renewed.size() + " new activation codes");
        return new IssuedCodes(importId, renewed.stream()
                .collect(Collectors.toMap(NewSchoolCard::cardId, NewSchoolCard::activationCode)));
    }

    private PupilImport importSeen(long importId) {
        PupilImport done = em.find(PupilImport.class, importId);
        if (done == null) {
            throw new AccessDeniedException("import", importId);
        }
        return done;
    }

    private List<Long> madeBy(long importId) {
        return em.createQuery("SELECT c FROM PupilImport i JOIN i.cardIds c WHERE i.id = :id", Long.class)
                .setParameter("id", importId).getResultList();
    }

    private static PrintedPupil printed(NewSchoolCard card, Map<Long, String> classNames, String code) {
        return new PrintedPupil(card.classId() == null ? "" : classNames.getOrDefault(card.classId(), ""), card.holderName(),
                card.number(), code);
    }

    /** "5А" before "10Б", a pupil of no class last. */
    private static String classOrder(String className) {
        return PupilLineRules.className(className).map(name -> String.format("%02d%s", name.grade(), name.letter()))
                .orElse("99");
    }
}
