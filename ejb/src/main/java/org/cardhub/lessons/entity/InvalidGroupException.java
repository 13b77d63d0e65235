package org.cardhub.lessons.entity;

import org.cardhub.refusal.Refusal;
import org.cardhub.refusal.RefusalCode;

import java.util.List;

/** A group the centre typed with problems, each named by field; nothing is written. */
public class InvalidGroupException extends Refusal {

    private static final long serialVersionUID = 1L;

    public enum Code implements RefusalCode {
        GROUP_INVALID;

        @Override
        public Kind kind() {
            return Kind.MALFORMED;
        }
    }

    private final List<GroupDraft.Problem> problems;

    public InvalidGroupException(List<GroupDraft.Problem> problems) {
        super(Code.GROUP_INVALID, "The group has problems: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<GroupDraft.Problem> problems() {
        return problems;
    }
}
