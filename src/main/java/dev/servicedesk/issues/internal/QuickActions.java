package dev.servicedesk.issues.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds GitLab quick actions ({@code /close}, {@code /label ~bug}, ...) on their own lines of a
 * note, outside fenced code blocks. Known commands are taken out of the text; unknown ones stay,
 * as on GitLab, since "/etc/hosts" on its own line is just text.
 */
public final class QuickActions {

    public static final Set<String> COMMANDS = Set.of("close", "reopen", "label", "unlabel", "assign", "unassign", "confidential",
            "add_email", "remove_email");

    private static final Pattern LINE = Pattern.compile("^/([a-z_]+)(?:\\s+(.*))?$");
    private static final Pattern LABEL = Pattern.compile("~\"([^\"]+)\"|~([^\\s~]+)");
    private static final Pattern USER = Pattern.compile("@([A-Za-z0-9_.-]+)");
    private static final Pattern WORD = Pattern.compile("([^\\s,;]+)");

    private QuickActions() {
    }

    public record Command(String name, List<String> arguments) {
    }

    public record Parsed(String remainingText, List<Command> commands) {
    }

    public static Parsed parse(String text) {
        List<Command> commands = new ArrayList<>();
        StringBuilder remaining = new StringBuilder();
        boolean inFence = false;
        for (String line : text.split("\r?\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
                inFence = !inFence;
            }
            Matcher matcher = inFence ? null : LINE.matcher(trimmed);
            if (matcher != null && matcher.matches() && COMMANDS.contains(matcher.group(1).toLowerCase(Locale.ROOT))) {
                String name = matcher.group(1).toLowerCase(Locale.ROOT);
                commands.add(new Command(name, arguments(name, matcher.group(2) == null ? "" : matcher.group(2))));
                continue;
            }
            remaining.append(line).append('\n');
        }
        return new Parsed(remaining.toString().strip(), commands);
    }

    private static List<String> arguments(String command, String rest) {
        List<String> arguments = new ArrayList<>();
        Matcher matcher = switch (command) {
            case "label", "unlabel" -> LABEL.matcher(rest);
            case "assign", "unassign" -> USER.matcher(rest);
            case "add_email", "remove_email" -> WORD.matcher(rest);
            default -> null;
        };
        if (matcher == null) {
            return arguments;
        }
        while (matcher.find()) {
            arguments.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
        }
        if ((command.equals("assign")) && rest.strip().equals("me")) {
            arguments.add("me");
        }
        return arguments;
    }
}
