package org.cardhub.onboarding.entity;

import org.cardhub.refusal.Refusal;
import org.cardhub.refusal.RefusalCode;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An application Cardhub does not take, or a decision it does not make; nothing is written. It names every problem
 * with its field, so a page shows each at its input at once.
 */
public class ApplicationRefusal extends Refusal {

    private static final long serialVersionUID = 1L;

    public enum Code implements RefusalCode {
        /** Inputs missing or malformed, or not fitting together (a tariff option of another plan): see the problems. */
        FIELDS_INVALID(Kind.MALFORMED),
        /** An organisation with this INN has a contract applied for, active or suspended. */
        ALREADY_CLIENT(Kind.REFUSED),
        /** Another application for this INN waits for the back office. */
        ALREADY_APPLIED(Kind.REFUSED),
        /** The offer accepted is not the one in force (it changed while the form was open), or was never shown. */
        OFFER_OUTDATED(Kind.REFUSED),
        /** Approved or rejected already: a decision is made once. */
        DECIDED(Kind.REFUSED),
        /** A rejection needs the reason the applicant will read. */
        REASON_REQUIRED(Kind.MALFORMED);

        private final Kind kind;

        Code(Kind kind) {
            this.kind = kind;
        }

        @Override
        public Kind kind() {
            return kind;
        }
    }

    private final List<ApplicationProblem> problems;

    /** Every problem of the inputs. */
    public ApplicationRefusal(List<ApplicationProblem> problems) {
        super(Code.FIELDS_INVALID, problems.stream().map(problem -> problem.field() + ": " + problem.reason())
                .collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    /** One refusal about one input (null: about the whole application); the problem's reason is the code's name. */
    public ApplicationRefusal(Code code, ApplicationField field, String message) {
        super(code, message);
        this.problems = field == null ? List.of() : List.of(new ApplicationProblem(field, code.name()));
    }

    public List<ApplicationProblem> problems() {
        return problems;
    }

    @Override
    public Code code() {
        return (Code) super.code();
    }
}
