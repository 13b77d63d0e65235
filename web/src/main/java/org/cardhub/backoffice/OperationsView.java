package org.cardhub.backoffice;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.operations.boundary.OperationsBoard;
import org.cardhub.operations.entity.LedgerCheckRun;
import org.cardhub.operations.entity.LedgerProblem;
import org.cardhub.operations.entity.LedgerStatus;
import org.cardhub.operations.entity.OperationsPicture;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The back office's operations page: the charts of the last hours from the minute samples, the ledger check's latest
 * word (a red banner while it finds problems), its runs with their problems in words, and a button to run it now.
 */
@Named
@ViewScoped
public class OperationsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final List<Integer> WINDOWS = List.of(1, 6, 24, 48);

    @Inject
    OperationsBoard board;

    private int hours = 6;
    private OperationsPicture picture;
    private OperationsCharts charts;

    /** A run of the ledger check as the page lists it. */
    public record RunRow(String finishedAt, String node, long entries, long accounts, long problems, List<String> details) {
    }

    @PostConstruct
    void load() {
        picture = board.lastHours(hours);
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle text = faces.getApplication().getResourceBundle(faces, "msg");
        charts = new OperationsCharts(picture, faces.getViewRoot().getLocale(), text::getString);
    }

    public void checkNow() {
        LedgerStatus status = board.checkLedgerNow();
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle text = faces.getApplication().getResourceBundle(faces, "msg");
        faces.addMessage(null, status.isSound()
                ? new FacesMessage(FacesMessage.SEVERITY_INFO, text.getString("ops.ledger.checkedSound"), "")
                : new FacesMessage(FacesMessage.SEVERITY_ERROR, MessageFormat.format(text.getString("ops.ledger.checkedBroken"),
                status.problems()), ""));
        load();
    }

    public void changeWindow() {
        if (!WINDOWS.contains(hours)) {
            hours = 6;
        }
        load();
    }

    public List<Integer> getWindows() {
        return WINDOWS;
    }

    public int getHours() {
        return hours;
    }

    public void setHours(int hours) {
        this.hours = hours;
    }

    public OperationsPicture getPicture() {
        return picture;
    }

    public OperationsCharts getCharts() {
        return charts;
    }

    public boolean isLedgerBroken() {
        return !picture.ledger().isSound();
    }

    public String getLedgerCheckedAt() {
        return MoscowTime.format(picture.ledger().checkedAt());
    }

    public List<RunRow> getRuns() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle text = faces.getApplication().getResourceBundle(faces, "msg");
        Locale locale = faces.getViewRoot().getLocale();
        return picture.runs().stream().limit(50).map(run -> new RunRow(MoscowTime.format(run.finishedAt()), run.node(),
                run.entriesChecked(), run.accountsChecked(), run.problemsFound(),
                run.problems().stream().map(problem -> describe(problem, text, locale)).toList())).toList();
    }

    /** The latest broken run's problems in words, for the banner. */
    public List<String> getLatestProblems() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle text = faces.getApplication().getResourceBundle(faces, "msg");
        Locale locale = faces.getViewRoot().getLocale();
        return picture.runs().stream().filter(run -> run.id().equals(picture.ledger().runId())).findFirst()
                .map(LedgerCheckRun::problems).orElse(List.of()).stream().map(problem -> describe(problem, text, locale)).toList();
    }

    static String describe(LedgerProblem problem, ResourceBundle text, Locale locale) {
        return new MessageFormat(text.getString("ops.problem." + problem.kind()), locale).format(new Object[]{
                Long.toString(problem.subjectId()), problem.currency(), problem.recordedUnits().toPlainString(),
                problem.computedUnits().toPlainString()});
    }
}
