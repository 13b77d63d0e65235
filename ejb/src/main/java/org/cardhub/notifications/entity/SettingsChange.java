package org.cardhub.notifications.entity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A parent's new notification settings: their addresses and, for each of their children, what they chose. */
public record SettingsChange(Addresses addresses, List<ChildChoices> children) implements Serializable {

    public SettingsChange {
        addresses = addresses.normalised();
        children = List.copyOf(children);
    }

    /** What keeps them from being saved, by field: malformed addresses, or a channel chosen with no address for it. */
    public List<SettingsProblem> problems() {
        List<SettingsProblem> problems = new ArrayList<>(addresses.problems());
        boolean email = children.stream().anyMatch(child -> child.chooses(Channel.EMAIL));
        boolean sms = children.stream().anyMatch(child -> child.chooses(Channel.SMS));
        addresses.missingFor(email, sms).stream()
                .filter(missing -> problems.stream().noneMatch(problem -> problem.field().equals(missing.field())))
                .forEach(problems::add);
        return problems;
    }
}
