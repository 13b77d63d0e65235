package org.cardhub.center;

import org.cardhub.cabinet.PageMessages;
import org.cardhub.lessons.entity.GroupDraft;
import org.cardhub.lessons.entity.InvalidGroupException;
import org.cardhub.refusal.Refusal;

import java.util.List;
import java.util.Map;

/**
 * A refusal of the centre's boundaries as a message in the reader's language ({@code centre.error.CODE}, a group's
 * problems as {@code centre.problem.REASON}), on the input it is about: the page names its inputs by refusal code or
 * by the group's field; the rest go to the top of the form. A refused request marks validation failed, so a dialog
 * stays open.
 */
final class CentreRefusals {

    private CentreRefusals() {
    }

    static void show(Refusal refused, Map<?, String> inputs) {
        if (refused instanceof InvalidGroupException invalid) {
            showProblems(invalid.problems(), inputs);
        } else {
            Enum<?> code = (Enum<?>) refused.code();
            PageMessages.refuse(inputs.get(code), "centre.error." + code.name());
        }
    }

    static void showProblems(List<GroupDraft.Problem> problems, Map<?, String> inputs) {
        problems.forEach(problem -> PageMessages.refuse(inputs.get(problem.field()), "centre.problem." + problem.reason()));
    }
}
