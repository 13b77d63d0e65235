package org.cardhub.schooloffice.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.cards.boundary.SchoolCardRolls;
import org.cardhub.cards.boundary.SchoolCardRolls.NewSchoolCard;
import org.cardhub.cards.boundary.SchoolCardRolls.SchoolHolder;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.meals.boundary.BenefitRolls;
import org.cardhub.school.entity.SchoolClass;
import org.cardhub.school.entity.SchoolClass.ClassName;
import org.cardhub.school.entity.SchoolRef;
import org.cardhub.schooloffice.entity.ImportOutcome;
import org.cardhub.schooloffice.entity.ImportPlan;
import org.cardhub.schooloffice.entity.ImportStatus;
import org.cardhub.schooloffice.entity.IssuedCodes;
import org.cardhub.schooloffice.entity.ImportSummary;
import org.cardhub.schooloffice.entity.PupilFileRefusal;
import org.cardhub.schooloffice.entity.PupilImport;
import org.cardhub.schooloffice.entity.PupilLine;
import org.cardhub.schooloffice.entity.PupilLineRules;
import org.cardhub.schooloffice.entity.SchoolRoll;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

/**
 * Applies a school's file of pupils in one transaction, all or nothing: the school's contract is locked first, so two
 * imports of one school queue and the second plans against what the first wrote; the plan is made again on the roll as
 * it is now, and refused with every bad row named; then the classes, the changed pupils, the new cards, the benefits,
 * the audit trail and the history's line. Called by {@link org.cardhub.schooloffice.boundary.PupilImports} only, which
 * checks who may.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class ImportWork {

    @PersistenceContext
    EntityManager em;

    @Inject
    Rolls rolls;

    @EJB
    SchoolCardRolls cards;

    @EJB
    BenefitRolls benefits;

    @EJB
    AuditLog audit;

    /** @param progress hears how far it got, 0 to 100 */
    public ImportOutcome apply(SchoolRef school, String fileName, List<PupilLine> lines, long startedNanos,
                               IntConsumer progress) {
        em.find(Contract.class, school.contractId(), LockModeType.PESSIMISTIC_WRITE);
        SchoolRoll roll = rolls.of(school, lines);
        ImportPlan plan = ImportPlan.of(lines, roll, new PupilLineRules(rolls.kinds()));
        if (!plan.isClean()) {
            throw PupilFileRefusal.rowsInvalid(plan.problems());
        }
        progress.accept(5);
        String actor = audit.actor(null);
        String reason = "import of pupils from " + fileName;
        Map<String, Long> classIds = createClasses(school, plan.newClasses(), roll.classIds(), actor);
        int total = Math.max(1, plan.relistings().size() + plan.arrivals().size());
        cards.relist(school.contractId(), plan.relistings().stream().map(relisting -> new SchoolCardRolls.Relisting(
                relisting.cardId(), kind(relisting.staff()), relisting.fullName(), classOf(relisting.className(), classIds)))
                .toList(), reason);
        int relisted = plan.relistings().size();
        progress.accept(10 + 85 * relisted / total);
        List<SchoolHolder> holders = plan.arrivals().stream().map(arrival -> new SchoolHolder(kind(arrival.staff()),
                arrival.fullName(), classOf(arrival.className(), classIds), arrival.number())).toList();
        List<NewSchoolCard> made = holders.isEmpty() ? List.of() : cards.issue(school.contractId(), holders, reason,
                done -> progress.accept(10 + 85 * (relisted + done) / total));
        grantBenefits(school, plan, made, actor);
        ImportSummary summary = plan.summary();
        long durationMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
        PupilImport history = PupilImport.applied(school.id(), actor, Instant.now(), fileName, summary,
                made.stream().map(NewSchoolCard::cardId).toList(), durationMs);
        em.persist(history);
        em.flush();
        audit.record(actor, "school.pupils.import", AuditSubject.ORGANIZATION, school.id(), history.fileName() + ": "
                + summary.created() + " new, " + summary.updated() + " changed, " + summary.classesCreated() + " classes");
        progress.accept(100);
        return new ImportOutcome(history.id(), history.status(), summary, durationMs, new IssuedCodes(history.id(),
                made.stream().collect(Collectors.toMap(NewSchoolCard::cardId, NewSchoolCard::activationCode))));
    }

    /** The history's line of an import that wrote nothing, in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void notApplied(SchoolRef school, String fileName, int rows, ImportStatus status, long startedNanos) {
        em.persist(PupilImport.notApplied(school.id(), audit.actor(null), Instant.now(), fileName, rows, status,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos)));
    }

    private Map<String, Long> createClasses(SchoolRef school, List<ClassName> names, Map<String, Long> existing, String actor) {
        Map<String, Long> classIds = new HashMap<>(existing);
        List<SchoolClass> created = new ArrayList<>();
        for (ClassName name : names) {
            SchoolClass schoolClass = new SchoolClass(school.id(), name);
            em.persist(schoolClass);
            created.add(schoolClass);
        }
        em.flush();
        for (SchoolClass schoolClass : created) {
            classIds.put(schoolClass.name(), schoolClass.id());
            audit.record(actor, "school.class.create", AuditSubject.ORGANIZATION, school.id(), schoolClass.name());
        }
        return classIds;
    }

    private void grantBenefits(SchoolRef school, ImportPlan plan, List<NewSchoolCard> made, String actor) {
        Map<Long, String> grants = new LinkedHashMap<>(plan.grants());
        List<ImportPlan.Arrival> arrivals = plan.arrivals();
        for (int at = 0; at < made.size(); at++) {
            String kind = arrivals.get(at).benefitCode();
            if (kind != null) {
                grants.put(made.get(at).cardId(), kind);
            }
        }
        LocalDate today = Rolls.today(school);
        if (!grants.isEmpty()) {
            benefits.grant(grants, today, actor);
        }
        if (!plan.ends().isEmpty()) {
            benefits.end(plan.ends(), today, actor);
        }
    }

    private static HolderKind kind(boolean staff) {
        return staff ? HolderKind.PERSON : HolderKind.PUPIL;
    }

    private static Long classOf(ClassName name, Map<String, Long> classIds) {
        return name == null ? null : classIds.get(name.text());
    }
}
