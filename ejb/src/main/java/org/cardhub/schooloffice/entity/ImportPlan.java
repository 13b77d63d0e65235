package org.cardhub.schooloffice.entity;

import org.cardhub.school.entity.SchoolClass.ClassName;
import org.cardhub.schooloffice.entity.RowProblem.Code;
import org.cardhub.schooloffice.entity.SchoolRoll.NumberUse;
import org.cardhub.schooloffice.entity.SchoolRoll.Rolled;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an import of a file of pupils does to a school, worked out against the school's roll before anything is written:
 * each row is a pupil of the school — the card with its contract number, or without one the only card of the school
 * with that name (in that class, when there are namesakes) — or a new pupil; the classes the file names that the school
 * lacks; the benefits granted and ended. A row that breaks a rule, repeats a contract number or a pupil, names another
 * school's number or cannot tell namesakes apart is a {@link RowProblem}; then nothing is applied. A file applied a
 * second time finds every pupil as it left them, so it changes nothing.
 */
public final class ImportPlan {

    /** A new pupil's card: its row, holder, class (null: none), contract number (null: allocate) and benefit kind. */
    public record Arrival(int line, String fullName, ClassName className, boolean staff, String number, String benefitCode) {
    }

    /** A school's card listed anew: its holder's name, class (null: none) and whether staff hold it. */
    public record Relisting(long cardId, String fullName, ClassName className, boolean staff) {
    }

    private static final Comparator<ClassName> CLASS_ORDER = Comparator.comparingInt(ClassName::grade)
            .thenComparing(ClassName::letter);

    private final int rows;
    private final List<RowProblem> problems = new ArrayList<>();
    private final Set<ClassName> newClasses = new TreeSet<>(CLASS_ORDER);
    private final List<Arrival> arrivals = new ArrayList<>();
    private final List<Relisting> relistings = new ArrayList<>();
    private final Map<Long, String> grants = new LinkedHashMap<>();
    private final List<Long> ends = new ArrayList<>();
    private final SchoolRoll roll;
    private final Set<Long> claimed = new HashSet<>();
    private int updated;
    private int moved;
    private int renamed;
    private int staffChanged;
    private int unchanged;

    private ImportPlan(int rows, SchoolRoll roll) {
        this.rows = rows;
        this.roll = roll;
    }

    public static ImportPlan of(List<PupilLine> lines, SchoolRoll roll, PupilLineRules rules) {
        ImportPlan plan = new ImportPlan(lines.size(), roll);
        List<ListedPupil> listed = new ArrayList<>();
        for (PupilLine line : lines) {
            PupilLineRules.Checked checked = rules.check(line);
            plan.problems.addAll(checked.problems());
            if (checked.pupil() != null) {
                listed.add(checked.pupil());
            }
        }
        plan.placeNumbered(listed);
        plan.placeUnnumbered(listed);
        plan.problems.sort(null);
        plan.arrivals.sort(Comparator.comparingInt(Arrival::line));
        return plan;
    }

    /** Rows with a contract number: the school's card of that number, or a new pupil with it. */
    private void placeNumbered(List<ListedPupil> listed) {
        Map<String, Rolled> byNumber = new HashMap<>();
        roll.cards().stream().filter(card -> card.number() != null).forEach(card -> byNumber.put(card.number(), card));
        Map<String, Integer> seen = new HashMap<>();
        for (ListedPupil pupil : listed) {
            if (pupil.number() == null) {
                continue;
            }
            Integer first = seen.putIfAbsent(pupil.number(), pupil.line());
            Rolled card = byNumber.get(pupil.number());
            NumberUse use = roll.numbersElsewhere().get(pupil.number());
            if (first != null) {
                problems.add(new RowProblem(pupil.line(), Code.NUMBER_REPEATED, pupil.number(), first));
            } else if (card != null) {
                claimed.add(card.cardId());
                match(pupil, card);
            } else if (use != null) {
                problems.add(RowProblem.of(pupil.line(), use == NumberUse.OTHER_SCHOOL ? Code.NUMBER_OTHER_SCHOOL
                        : Code.NUMBER_RETIRED, pupil.number()));
            } else {
                arrive(pupil);
            }
        }
    }

    /**
     * Rows without a contract number, found by name: first those whose class holds exactly one card of that name, then
     * the others by the only card of that name left; none is a new pupil, several is a row to give its number.
     */
    private void placeUnnumbered(List<ListedPupil> listed) {
        Map<String, List<ListedPupil>> sameNameAndClass = new HashMap<>();
        listed.forEach(pupil -> sameNameAndClass.computeIfAbsent(pupil.nameKey() + "|" + pupil.classText(),
                key -> new ArrayList<>()).add(pupil));
        List<ListedPupil> unnumbered = new ArrayList<>();
        for (ListedPupil pupil : listed) {
            if (pupil.number() != null) {
                continue;
            }
            ListedPupil other = sameNameAndClass.get(pupil.nameKey() + "|" + pupil.classText()).stream()
                    .filter(twin -> twin != pupil && (twin.number() != null || twin.line() < pupil.line()))
                    .findFirst().orElse(null);
            if (other == null) {
                unnumbered.add(pupil);
            } else {
                problems.add(new RowProblem(pupil.line(), Code.PUPIL_REPEATED, pupil.fullName(), other.line()));
            }
        }
        List<ListedPupil> left = new ArrayList<>();
        for (ListedPupil pupil : unnumbered) {
            Long classId = pupil.className() == null ? null : roll.classIds().get(pupil.className().text());
            List<Rolled> inClass = namesakes(pupil).stream()
                    .filter(card -> classId != null && classId.equals(card.classId())).toList();
            if (inClass.size() == 1) {
                claimed.add(inClass.get(0).cardId());
                match(pupil, inClass.get(0));
            } else {
                left.add(pupil);
            }
        }
        for (ListedPupil pupil : left) {
            List<Rolled> namesakes = namesakes(pupil);
            if (namesakes.isEmpty()) {
                arrive(pupil);
            } else if (namesakes.size() == 1) {
                claimed.add(namesakes.get(0).cardId());
                match(pupil, namesakes.get(0));
            } else {
                problems.add(RowProblem.of(pupil.line(), Code.PUPIL_AMBIGUOUS, pupil.fullName()));
            }
        }
    }

    private List<Rolled> namesakes(ListedPupil pupil) {
        return roll.cards().stream().filter(card -> !claimed.contains(card.cardId()) && card.nameKey().equals(pupil.nameKey()))
                .toList();
    }

    private void arrive(ListedPupil pupil) {
        arrivals.add(new Arrival(pupil.line(), pupil.fullName(), pupil.className(), pupil.isStaff(), pupil.number(),
                pupil.benefitCode()));
        needClass(pupil.className());
    }

    private void match(ListedPupil pupil, Rolled card) {
        needClass(pupil.className());
        Long classId = pupil.className() == null ? null : roll.classIds().get(pupil.className().text());
        boolean toMove = pupil.className() == null ? card.classId() != null : classId == null || !classId.equals(card.classId());
        boolean toRename = !pupil.fullName().equals(card.fullName());
        boolean toRelist = pupil.isStaff() != card.staff();
        String benefit = roll.benefits().get(card.cardId());
        boolean toChangeBenefit = !Objects.equals(benefit, pupil.benefitCode());
        if (toMove || toRename || toRelist) {
            relistings.add(new Relisting(card.cardId(), pupil.fullName(), pupil.className(), pupil.isStaff()));
        }
        if (toChangeBenefit && pupil.benefitCode() != null) {
            grants.put(card.cardId(), pupil.benefitCode());
        } else if (toChangeBenefit) {
            ends.add(card.cardId());
        }
        moved += toMove ? 1 : 0;
        renamed += toRename ? 1 : 0;
        staffChanged += toRelist ? 1 : 0;
        if (toMove || toRename || toRelist || toChangeBenefit) {
            updated++;
        } else {
            unchanged++;
        }
    }

    private void needClass(ClassName className) {
        if (className != null && !roll.classIds().containsKey(className.text())) {
            newClasses.add(className);
        }
    }

    public List<RowProblem> problems() {
        return List.copyOf(problems);
    }

    public boolean isClean() {
        return problems.isEmpty();
    }

    /** The classes to create, by grade and letter. */
    public List<ClassName> newClasses() {
        return List.copyOf(newClasses);
    }

    public List<Arrival> arrivals() {
        return List.copyOf(arrivals);
    }

    public List<Relisting> relistings() {
        return List.copyOf(relistings);
    }

    /** The benefit kinds to grant to pupils the school has (new pupils' are with their arrival). */
    public Map<Long, String> grants() {
        return Map.copyOf(grants);
    }

    public List<Long> ends() {
        return List.copyOf(ends);
    }

    public ImportSummary summary() {
        int granted = grants.size() + (int) arrivals.stream().filter(arrival -> arrival.benefitCode() != null).count();
        return new ImportSummary(rows, arrivals.size(), updated, moved, renamed, staffChanged, newClasses.size(), granted,
                ends.size(), unchanged);
    }
}
