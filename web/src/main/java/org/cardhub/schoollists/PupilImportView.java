package org.cardhub.schoollists;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.cabinet.Language;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.cabinet.PagedTable;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.meals.entity.BenefitKind;
import org.cardhub.school.boundary.StaffDirectory;
import org.cardhub.school.entity.SchoolRef;
import org.cardhub.schooloffice.boundary.PupilImports;
import org.cardhub.schooloffice.entity.ImportPreview;
import org.cardhub.schooloffice.entity.PupilFileRefusal;
import org.cardhub.schooloffice.entity.PupilImport;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The import of classes and pupils ({@code import.xhtml} in a director's cabinet, {@code school-import.xhtml} in the back
 * office's): the school chosen, a file uploaded and checked at once — every bad row listed with its line and nothing
 * written, or what applying would do; applying runs in the background with a progress bar ({@link ImportJobs}), then
 * says what it did and offers the printable list of the new pupils' activation codes; the school's history below.
 */
@Named
@ViewScoped
public class PupilImportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PupilImports imports;

    @Inject
    StaffDirectory staff;

    @Inject
    ImportJobs jobs;

    @Inject
    Language language;

    private SchoolChoice choice;
    private List<BenefitKind> kinds;
    private PagedTable<PupilImport> history;
    private String fileName;
    private byte[] content;
    private ImportPreview preview;
    private List<String> problems = List.of();
    private List<String> summary = List.of();
    private String fileProblem;
    /** Whether the page shows the job's progress bar: from its start until the bar reports it ended. */
    private boolean watching;

    @PostConstruct
    void init() {
        choice = SchoolChoice.of(staff);
        kinds = imports.benefitKinds();
        history = new PagedTable<>(() -> choice.chosen() == null ? 0 : imports.historyCount(choice.chosen()),
                (first, max) -> choice.chosen() == null ? List.of() : imports.history(choice.chosen(), first, max),
                done -> Long.toString(done.id()));
        watching = getJob() != null && getJob().state() == ImportJob.State.RUNNING;
    }

    /** Another school chosen: the file and its check are of the school before. */
    public void schoolChanged() {
        forgetFile();
        watching = getJob() != null && getJob().state() == ImportJob.State.RUNNING;
    }

    public void upload(FileUploadEvent event) {
        forgetFile();
        UploadedFile file = event.getFile();
        fileName = file.getFileName();
        if (file.getSize() > PupilFileRefusal.MAX_BYTES) {
            fileProblem = PageMessages.text("import.file.TOO_BIG");
            return;
        }
        content = file.getContent();
        try {
            preview = imports.preview(choice.chosen(), content);
            problems = ImportTexts.problems(preview.problems(), kinds, language.getLocale());
            summary = ImportTexts.summary(preview.summary());
        } catch (PupilFileRefusal refused) {
            fileProblem = ImportTexts.refused(refused);
        } catch (AccessDeniedException | EJBException notTheirs) {
            fileProblem = PageMessages.text("import.notAllowed");
        }
    }

    /** Starts applying the checked file; the boundary checks it again, as it is then. */
    public void apply() {
        if (content == null || preview == null || !preview.isClean() || preview.summary().nothingToChange()) {
            return;
        }
        ImportJob job = jobs.start(choice.chosen(), fileName, content);
        if (job.schoolId() != choice.chosen()) {
            PageMessages.warn("import.busy", job.fileName());
            return;
        }
        watching = true;
        forgetFile();
    }

    /** The progress bar reached 100: the import ended one way or another. */
    public void ended() {
        watching = false;
    }

    /** Puts the ended import away: the form is shown again. */
    public void dismiss() {
        jobs.dismiss();
        forgetFile();
    }

    private void forgetFile() {
        fileName = null;
        content = null;
        preview = null;
        problems = List.of();
        summary = List.of();
        fileProblem = null;
    }

    /** The import of this person at the chosen school: running, or ended and not yet put away. */
    public ImportJob getJob() {
        return choice.chosen() == null ? null : jobs.of(choice.chosen()).orElse(null);
    }

    public int getPercent() {
        ImportJob job = getJob();
        return job == null ? 100 : job.percent();
    }

    /** Why the ended import was refused, for a refusal that is not the file's rows. */
    public String getRefusalText() {
        ImportJob job = getJob();
        if (job == null || job.refusal() == null) {
            return null;
        }
        return job.fileRefusal() != null ? ImportTexts.refused(job.fileRefusal()) : PageMessages.text("import.notAllowed");
    }

    /** What the ended import did, line by line. */
    public List<String> getOutcomeLines() {
        ImportJob job = getJob();
        return job == null || job.outcome() == null ? List.of() : ImportTexts.summary(job.outcome().summary());
    }

    /** The rows that stopped the ended import, when the file changed after it was checked. */
    public List<String> getRefusedRows() {
        ImportJob job = getJob();
        return job == null || job.fileRefusal() == null ? List.of()
                : ImportTexts.problems(job.fileRefusal().problems(), kinds, language.getLocale());
    }

    /** Whether this person holds the activation codes of the import's list (handed back in this session). */
    public boolean codesHeld(long importId) {
        return jobs.codesOf(importId).isPresent();
    }

    /**
     * New activation codes for an import's list printed later, when the codes handed back at the import are gone (the
     * cards keep only their hashes): the codes given before stop working; the list's links then print the new ones.
     */
    public void issueNewCodes(long importId) {
        try {
            jobs.remember(imports.issueNewCodes(importId));
            PageMessages.info("sec.codes.issued");
        } catch (AccessDeniedException | EJBException notTheirs) {
            PageMessages.warn("import.notAllowed");
        }
    }

    /** The address of the printable list of an import's new pupils, under the cabinet of this page. */
    public String listLink(long importId, String format) {
        FacesContext faces = FacesContext.getCurrentInstance();
        boolean backOffice = faces.getViewRoot().getViewId().startsWith("/cabinet/backoffice/");
        return PupilListServlet.link(faces.getExternalContext().getRequestContextPath(), backOffice, importId, format);
    }

    /** The categories a file may name, for the page's hint. */
    public String getCategories() {
        return kinds.stream().map(kind -> "«" + kind.nameIn(language.getLocale()) + "»").collect(Collectors.joining(", "));
    }

    public String getColumns() {
        return ImportTexts.columns();
    }

    public String seconds(long millis) {
        return String.format(language.getLocale(), "%.1f", millis / 1000.0);
    }

    public List<SchoolRef> getSchools() {
        return choice.schools();
    }

    public Long getSchoolId() {
        return choice.chosen();
    }

    public void setSchoolId(Long schoolId) {
        choice.choose(schoolId);
    }

    public SchoolRef getSchool() {
        return choice.school().orElse(null);
    }

    public PagedTable<PupilImport> getHistory() {
        return history;
    }

    public boolean isWatching() {
        return watching;
    }

    public String getFileName() {
        return fileName;
    }

    public ImportPreview getPreview() {
        return preview;
    }

    public List<String> getProblems() {
        return problems;
    }

    public List<String> getSummary() {
        return summary;
    }

    public String getFileProblem() {
        return fileProblem;
    }

    public int getMaxRows() {
        return PupilFileRefusal.MAX_ROWS;
    }
}
