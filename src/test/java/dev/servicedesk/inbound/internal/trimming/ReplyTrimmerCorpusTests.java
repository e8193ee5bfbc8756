package dev.servicedesk.inbound.internal.trimming;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Measures the trimmer against the shared reply-trimmer corpus (mail nobody on this project wrote,
 * with the expected reply for each). The corpus lives outside the project and is not copied in;
 * where it is absent the test says so and is skipped rather than passing silently.
 */
class ReplyTrimmerCorpusTests {

    private static final Path CORPUS = Path.of("..", "shared", "corpus", "reply-trimmer");
    /** Just below the score reached, so that a regression fails the build. */
    private static final int FLOOR = 62;

    private final ReplyTrimmer trimmer = new ReplyTrimmer();

    @Test
    void trimsTheSharedCorpusAtLeastAsWellAsBefore() throws IOException {
        Path emails = CORPUS.resolve("emails");
        Path trimmed = CORPUS.resolve("trimmed");
        if (!Files.isDirectory(emails) || !Files.isDirectory(trimmed)) {
            Assumptions.assumeTrue(false, "the reply-trimmer corpus is not at " + CORPUS.toAbsolutePath().normalize()
                    + " (it is there in CI and in the project's worktrees, not in a plain clone)");
        }

        List<Path> files;
        try (Stream<Path> listing = Files.list(emails)) {
            files = listing.filter(Files::isRegularFile).sorted().toList();
        }
        List<String> differing = new ArrayList<>();
        for (Path email : files) {
            String name = email.getFileName().toString();
            String expected = comparable(Files.readString(trimmed.resolve(name), StandardCharsets.UTF_8));
            String actual = comparable(trimmer.trim(Files.readString(email, StandardCharsets.UTF_8)).reply());
            if (!expected.equals(actual)) {
                differing.add(name);
            }
        }
        int passed = files.size() - differing.size();

        System.out.println("reply-trimmer corpus: " + passed + " of " + files.size() + " trimmed as expected");
        differing.forEach(name -> System.out.println("  differs: " + name));
        assertThat(passed).as("files trimmed as expected; differing: %s", differing).isGreaterThanOrEqualTo(FLOOR);
    }

    /** Trailing whitespace of each line and of the whole text does not count. */
    private static String comparable(String text) {
        return text.replace("\r\n", "\n").lines().map(String::stripTrailing)
                .collect(Collectors.joining("\n")).stripTrailing();
    }
}
