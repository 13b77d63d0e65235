package org.cardhub.organizations.entity;

import org.cardhub.refusal.Refusal;
import org.cardhub.refusal.RefusalCode;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An organisation the back office cannot register or amend as typed; nothing is written. It names every problem with
 * its field, so a page shows each at its input at once.
 */
public class OrganizationRefusal extends Refusal {

    private static final long serialVersionUID = 1L;

    public enum Code implements RefusalCode {
        /** Inputs missing, malformed or not fitting the form: see the problems. */
        FIELDS_INVALID(Kind.MALFORMED),
        /** Another organisation is registered with this INN and KPP. */
        INN_KPP_TAKEN(Kind.REFUSED),
        /** No organisation of that id. */
        UNKNOWN(Kind.NOT_FOUND);

        private final Kind kind;

        Code(Kind kind) {
            this.kind = kind;
        }

        @Override
        public Kind kind() {
            return kind;
        }
    }

    private final List<OrganizationDraft.Problem> problems;

    public OrganizationRefusal(List<OrganizationDraft.Problem> problems) {
        super(Code.FIELDS_INVALID, problems.stream().map(problem -> problem.field() + ": " + problem.reason())
                .collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public OrganizationRefusal(Code code, OrganizationDraft.Field field, String message) {
        super(code, message);
        this.problems = field == null ? List.of() : List.of(new OrganizationDraft.Problem(field, code.name()));
    }

    public List<OrganizationDraft.Problem> problems() {
        return problems;
    }
}
