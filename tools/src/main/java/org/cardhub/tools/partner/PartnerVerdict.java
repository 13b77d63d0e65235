package org.cardhub.tools.partner;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Holds the logged requests up against the books, key by key (a replay shares its original's key): a key answered as
 * credited has its approved record and one top-up entry crediting the logged account with the logged amount; a key
 * answered with a final refusal credited nothing; a key whose answers left it open (no answer, 5xx, 409, 429, ...) is
 * either credited exactly like that or not at all, and is counted as which; no entry is named by two keys, and the
 * partner booked no top-up that no key names.
 */
final class PartnerVerdict {

    /** How the keys whose answers left them open turned out in the books. */
    record Open(int keys, int credited, int declined, int absent) {
        Open plus(Books.Stored stored) {
            boolean credited = stored != null && stored.approved();
            return new Open(keys + 1, this.credited + (credited ? 1 : 0),
                    this.declined + (stored != null && !credited ? 1 : 0), absent + (stored == null ? 1 : 0));
        }
    }

    /**
     * The counts: log lines, replays among them, lines sent more than once, keys, keys answered as credited and of
     * those the ones found in the books as answered, keys refused, and the open keys by how their last answer failed.
     */
    record Counts(int lines, int replays, int resent, int keys, int credited, int creditedFound, int refused,
            Open ioError, Open otherAnswer) {
    }

    record Verdict(Counts counts, List<String> problems) {
        boolean passed() {
            return problems.isEmpty();
        }
    }

    private final Books books;
    private final List<String> problems = new ArrayList<>();
    private final Map<Long, String> entryKeys = new HashMap<>();

    private PartnerVerdict(Books books) {
        this.books = books;
    }

    static Verdict of(List<LoggedRequest> logged, Books books) {
        return new PartnerVerdict(books).judge(logged);
    }

    private Verdict judge(List<LoggedRequest> logged) {
        if (logged.isEmpty()) {
            problems.add("the requests log holds no request");
        }
        Map<String, List<LoggedRequest>> byKey = new LinkedHashMap<>();
        logged.forEach(request -> byKey.computeIfAbsent(Books.keyOf(request.scope(), request.key()),
                key -> new ArrayList<>()).add(request));
        int credited = 0;
        int creditedFound = 0;
        int refused = 0;
        Open ioError = new Open(0, 0, 0, 0);
        Open otherAnswer = new Open(0, 0, 0, 0);
        for (List<LoggedRequest> lines : byKey.values()) {
            LoggedRequest first = lines.get(0);
            Books.Stored stored = books.record(first);
            if (lines.stream().anyMatch(line -> !line.account().equals(first.account())
                    || !line.amount().equals(first.amount()))) {
                problems.add(name(first) + " was logged with different accounts or amounts");
            }
            boolean answeredCredited = lines.stream().anyMatch(LoggedRequest::credited);
            boolean answeredRefused = lines.stream().anyMatch(LoggedRequest::refused);
            if (answeredCredited) {
                credited++;
                if (answeredRefused) {
                    problems.add(name(first) + " was answered both as credited and as refused");
                }
                if (creditedAsAnswered(lines, stored)) {
                    creditedFound++;
                }
            } else if (answeredRefused) {
                refused++;
                if (stored != null && stored.approved()) {
                    LoggedRequest refusal = lines.stream().filter(LoggedRequest::refused).findFirst().orElseThrow();
                    problems.add(name(first) + " was refused (" + answer(refusal) + ") but entry "
                            + stored.entryId() + " credits it");
                }
            } else {
                if (stored != null && stored.approved()) {
                    postedOnce(first, stored);
                }
                if (lines.stream().anyMatch(line -> line.status() == null)) {
                    ioError = ioError.plus(stored);
                } else {
                    otherAnswer = otherAnswer.plus(stored);
                }
            }
        }
        books.unkeyedEntries().forEach(id -> problems.add("top-up entry " + id
                + " was booked by the partner but no idempotency record names it (a key posted twice?)"));
        int replays = (int) logged.stream().filter(LoggedRequest::replay).count();
        int resent = (int) logged.stream().filter(request -> request.attempts() > 1).count();
        return new Verdict(new Counts(logged.size(), replays, resent, byKey.size(), credited, creditedFound, refused,
                ioError, otherAnswer), List.copyOf(problems));
    }

    /** Whether a key answered as credited is in the books as answered; says what is not. */
    private boolean creditedAsAnswered(List<LoggedRequest> lines, Books.Stored stored) {
        LoggedRequest first = lines.get(0);
        if (stored == null) {
            problems.add(name(first) + " was answered as credited but has no idempotency record");
            return false;
        }
        if (!stored.approved()) {
            problems.add(name(first) + " was answered as credited but its record is " + stored.status());
            return false;
        }
        boolean found = true;
        for (LoggedRequest line : lines) {
            if (line.credited() && line.id() != null && !line.id().equals(stored.entryId())) {
                problems.add(name(first) + " was answered with entry " + line.id() + " but its record names entry "
                        + stored.entryId());
                found = false;
            }
        }
        return postedOnce(first, stored) && found;
    }

    /** Whether the entry an approved record names is one top-up of the request's amount to its account. */
    private boolean postedOnce(LoggedRequest request, Books.Stored stored) {
        int before = problems.size();
        Books.Entry entry = stored.entryId() == null ? null : books.entries().get(stored.entryId());
        if (entry == null) {
            problems.add(name(request) + " is approved but its entry " + stored.entryId() + " is not in the journal");
            return false;
        }
        String other = entryKeys.putIfAbsent(entry.id(), Books.keyOf(request.scope(), request.key()));
        if (other != null) {
            problems.add("entry " + entry.id() + " is named by two keys: " + other + " and " + name(request));
        }
        if (!"TOP_UP".equals(entry.kind())) {
            problems.add(name(request) + ": entry " + entry.id() + " is a " + entry.kind() + ", not a TOP_UP");
        }
        if (entry.sum() != 0) {
            problems.add("entry " + entry.id() + " does not balance: its postings sum to " + entry.sum());
        }
        List<Books.Leg> credits = entry.purseLegs();
        long asked = new BigDecimal(request.amount()).movePointRight(2).longValueExact();
        if (credits.size() != 1 || credits.get(0).amountMinor() != asked || !"RUB".equals(credits.get(0).currency())) {
            problems.add(name(request) + ": entry " + entry.id() + " credits " + describe(credits) + " instead of "
                    + asked + " RUB minor units to one purse");
        } else {
            Books.Purse purse = books.purses().get(credits.get(0).accountId());
            if (purse == null || !purse.namedBy(request.account())) {
                problems.add(name(request) + ": entry " + entry.id() + " credits account #" + credits.get(0).accountId()
                        + (purse == null ? "" : " of contract " + purse.contractNumber()) + ", which "
                        + request.account() + " does not name");
            }
        }
        return problems.size() == before;
    }

    private static String name(LoggedRequest request) {
        return "key " + request.key() + " (" + request.scope() + ", " + request.account() + ", " + request.amount() + ")";
    }

    private static String answer(LoggedRequest request) {
        return request.status() + " " + Objects.requireNonNullElse(request.result(), Target.NO_RESULT);
    }

    private static String describe(List<Books.Leg> credits) {
        return credits.isEmpty() ? "no purse" : credits.stream()
                .map(leg -> leg.amountMinor() + " " + leg.currency() + " to account #" + leg.accountId()).toList().toString();
    }
}
