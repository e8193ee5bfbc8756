package dev.servicedesk.issues;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import dev.servicedesk.accounts.Actor;
import dev.servicedesk.common.EmailMask;
import dev.servicedesk.issues.internal.Issue;
import dev.servicedesk.issues.internal.IssueLoader;
import dev.servicedesk.issues.internal.IssueLoader.LoadedIssue;
import dev.servicedesk.issues.internal.SystemNotes;
import dev.servicedesk.projects.ProjectAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * External participants as members change and see them: {@code /add_email}, {@code /remove_email}
 * and the issue page's participants panel share these rules (Reporter+, GitLab's limits of
 * {@value #MAX_PER_COMMAND} addresses per command and {@value ExternalParticipantService#MAX_PER_ISSUE}
 * per issue, valid addresses only, never the instance's own) and their system notes. The notes
 * keep the full addresses; {@link NoteService} masks them for readers below Reporter.
 */
@Service
@Transactional(readOnly = true)
public class IssueParticipantService {

    public static final int MAX_PER_COMMAND = 6;
    static final int MAX_ADDRESS_LENGTH = 255;

    // GitLab (Devise) accepts anything@anything; a dot in the domain keeps typos such as "ann@example" out.
    private static final Pattern VALID = Pattern.compile("^[^@\\s<>,;:\"()\\[\\]]+@[^@\\s<>,;:\"()\\[\\]]+\\.[^@\\s<>,;:\"()\\[\\].]+$");

    private final IssueLoader loader;
    private final ExternalParticipantService participants;
    private final SystemNotes systemNotes;
    private final List<OwnAddresses> ownAddresses;

    IssueParticipantService(IssueLoader loader, ExternalParticipantService participants, SystemNotes systemNotes,
                            List<OwnAddresses> ownAddresses) {
        this.loader = loader;
        this.participants = participants;
        this.systemNotes = systemNotes;
        this.ownAddresses = ownAddresses;
    }

    /** An external address as this reader may see it: in full for Reporter+, masked for everyone else. */
    public static String asSeenBy(ProjectAccess access, String email) {
        return email == null || access.canTriageIssues() ? email : EmailMask.mask(email);
    }

    /** The participants in the order they were added, as the caller may see them. */
    public List<String> visible(Actor actor, long projectId, int iid) {
        LoadedIssue loaded = loader.readable(actor, projectId, iid);
        return participants.emails(loaded.issue().getId()).stream()
                .map(email -> asSeenBy(loaded.access(), email)).toList();
    }

    /** Adds addresses (Reporter+); those refused are named in the result with the reason. Added people are mailed. */
    @Transactional
    public ParticipantChange add(Actor actor, long projectId, int iid, Collection<String> addresses) {
        LoadedIssue loaded = loader.triageable(actor, projectId, iid);
        Issue issue = loaded.issue();
        List<String> problems = new ArrayList<>();
        List<String> candidates = new ArrayList<>();
        for (String email : limited(addresses, problems, "added")) {
            if (!isValid(email)) {
                problems.add(email + " is not a valid email address.");
            } else if (ownAddresses.stream().anyMatch(own -> own.isOwn(email))) {
                problems.add(email + " is a Service Desk address of this instance and cannot be a participant.");
            } else if (participants.isParticipant(issue.getId(), email)) {
                problems.add(email + " is already a participant.");
            } else {
                candidates.add(email);
            }
        }
        List<String> added = participants.add(issue.getId(), projectId, candidates, true);
        List<String> refused = candidates.stream().filter(email -> !added.contains(email)).toList();
        if (!refused.isEmpty()) {
            problems.add(String.join(", ", refused) + (refused.size() == 1 ? " was" : " were")
                    + " not added: an issue can have at most " + ExternalParticipantService.MAX_PER_ISSUE + " external participants.");
        }
        if (!added.isEmpty()) {
            issue.touch();
            systemNotes.add(issue, actor.userId(), "added " + String.join(", ", added));
        }
        return new ParticipantChange(added, problems);
    }

    /** Removes addresses (Reporter+), at most {@value #MAX_PER_COMMAND} at a time. */
    @Transactional
    public ParticipantChange remove(Actor actor, long projectId, int iid, Collection<String> addresses) {
        LoadedIssue loaded = loader.triageable(actor, projectId, iid);
        Issue issue = loaded.issue();
        List<String> problems = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (String email : limited(addresses, problems, "removed")) {
            if (participants.remove(issue.getId(), email)) {
                removed.add(email);
            } else {
                problems.add(email + " is not a participant.");
            }
        }
        if (!removed.isEmpty()) {
            issue.touch();
            systemNotes.add(issue, actor.userId(), "removed " + String.join(", ", removed));
        }
        return new ParticipantChange(removed, problems);
    }

    /** Splits "a@x.com, b@y.com", drops repeats (case-insensitively) and keeps the first six. */
    private static List<String> limited(Collection<String> addresses, List<String> problems, String verb) {
        Map<String, String> unique = new LinkedHashMap<>();
        for (String entry : addresses) {
            if (entry == null) {
                continue;
            }
            for (String email : entry.split("[\\s,;]+")) {
                if (!email.isBlank()) {
                    unique.putIfAbsent(email.toLowerCase(Locale.ROOT), email);
                }
            }
        }
        List<String> all = new ArrayList<>(unique.values());
        if (all.isEmpty()) {
            problems.add("Enter at least one email address.");
        }
        if (all.size() > MAX_PER_COMMAND) {
            List<String> skipped = all.subList(MAX_PER_COMMAND, all.size());
            problems.add("At most " + MAX_PER_COMMAND + " addresses can be " + verb + " at a time; "
                    + String.join(", ", skipped) + (skipped.size() == 1 ? " was" : " were") + " not " + verb + ".");
            return List.copyOf(all.subList(0, MAX_PER_COMMAND));
        }
        return all;
    }

    static boolean isValid(String email) {
        return email.length() <= MAX_ADDRESS_LENGTH && VALID.matcher(email).matches();
    }
}
