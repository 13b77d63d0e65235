package org.cardhub.schooloffice.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A line of a school's import history: who imported which file when, how many rows it had, what it created and
 * changed, how long it took and how it ended; and the cards it made, whose list the school may print again. The
 * activation codes are kept nowhere: the cards keep their keyed hashes.
 */
@Entity
@Table(name = "pupil_import")
public class PupilImport {

    /** The longest file name kept; a longer one is cut. */
    public static final int MAX_FILE_NAME = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id")
    private long schoolId;

    @Column(name = "imported_by")
    private String importedBy;

    @Column(name = "imported_at")
    private Instant importedAt;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "rows_read")
    private int rows;

    @Column(name = "created_count")
    private int created;

    @Column(name = "updated_count")
    private int updated;

    @Column(name = "classes_created")
    private int classesCreated;

    @Column(name = "benefits_changed")
    private int benefitsChanged;

    @Column(name = "duration_ms")
    private long durationMs;

    @Enumerated(EnumType.STRING)
    private ImportStatus status;

    @ElementCollection
    @CollectionTable(name = "pupil_import_card", joinColumns = @JoinColumn(name = "import_id"))
    @Column(name = "card_id")
    private List<Long> cardIds = new ArrayList<>();

    protected PupilImport() {
    }

    private PupilImport(long schoolId, String by, Instant at, String fileName, int rows, ImportStatus status) {
        this.schoolId = schoolId;
        this.importedBy = Objects.requireNonNull(by);
        this.importedAt = Objects.requireNonNull(at);
        this.fileName = shortened(fileName);
        this.rows = rows;
        this.status = status;
    }

    /** An import applied: what it did and the cards it made. */
    public static PupilImport applied(long schoolId, String by, Instant at, String fileName, ImportSummary summary,
                                      List<Long> madeCards, long durationMs) {
        PupilImport done = new PupilImport(schoolId, by, at, fileName, summary.rows(),
                summary.nothingToChange() ? ImportStatus.UNCHANGED : ImportStatus.APPLIED);
        done.created = summary.created();
        done.updated = summary.updated();
        done.classesCreated = summary.classesCreated();
        done.benefitsChanged = summary.benefitsGranted() + summary.benefitsEnded();
        done.cardIds = new ArrayList<>(madeCards);
        done.durationMs = durationMs;
        return done;
    }

    /** An import that wrote nothing: refused by the rules, or failed. */
    public static PupilImport notApplied(long schoolId, String by, Instant at, String fileName, int rows, ImportStatus status,
                                         long durationMs) {
        if (status != ImportStatus.REFUSED && status != ImportStatus.FAILED) {
            throw new IllegalArgumentException("An import not applied was refused or failed, not " + status);
        }
        PupilImport attempt = new PupilImport(schoolId, by, at, fileName, rows, status);
        attempt.durationMs = durationMs;
        return attempt;
    }

    private static String shortened(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "—" : fileName.strip();
        return name.length() <= MAX_FILE_NAME ? name : name.substring(0, MAX_FILE_NAME - 1) + "…";
    }

    public Long id() {
        return id;
    }

    public long schoolId() {
        return schoolId;
    }

    public String importedBy() {
        return importedBy;
    }

    public Instant importedAt() {
        return importedAt;
    }

    public String fileName() {
        return fileName;
    }

    public int rows() {
        return rows;
    }

    public int created() {
        return created;
    }

    public int updated() {
        return updated;
    }

    public int classesCreated() {
        return classesCreated;
    }

    public int benefitsChanged() {
        return benefitsChanged;
    }

    public long durationMs() {
        return durationMs;
    }

    public ImportStatus status() {
        return status;
    }

    /** The cards it made. */
    public List<Long> cardIds() {
        return List.copyOf(cardIds);
    }

    /** Whether it made cards, so its list of new pupils can be printed. */
    public boolean madeCards() {
        return created > 0;
    }
}
