package dev.servicedesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Each benchmark under {@code bench/} runs on a tiny input and prints its figures and summary.
 * The figures themselves are not judged here (CI machines are shared and noisy); that the
 * scripts still work is. They run the application from {@code target/classes} on their own ports.
 * A tool a script needs that is missing makes its test fail, never skip.
 */
class BenchScriptsTests {

    private static final Path LOGS = Path.of("target/bench-tests");

    @Test
    void backlogIngestionReportsRatesAndMemory() throws Exception {
        String out = run("ingest-backlog.sh", "20");
        assertThat(out).contains("appended 20 mails", "mails worked: 20 of 20", "issues committed: 20",
                "thank-you mails accepted by SMTP: 20", "resident memory: peak", "summary: OK 20 mails");
    }

    @Test
    void latencyReportsPercentiles() throws Exception {
        String out = run("latency.sh", "5", "4");
        assertThat(out).contains("offered 20 mails", "issues: 20 of 20", "latency ms:", "summary: OK 20 mails at 5/s");
    }

    @Test
    void bigMailIsProcessedAndTooBigMailRejectedWithSmallHeap() throws Exception {
        String out = run("big-mail.sh", "2", "26");
        assertThat(out).contains("summary: OK 2 MB mail issue_created", "summary: OK 26 MB mail rejected",
                "summary: OK application running: yes, OutOfMemoryError in the log: 0");
    }

    @Test
    void pagesReportServerTimes() throws Exception {
        String out = run("issue-list.sh", "300", "2");
        assertThat(out).contains("seeding 300 issues", "issue list, first page", "issue list, search",
                "issue list, label filter", "issue page, 200 notes", "API issue list", "summary: worst p95");
    }

    private static String run(String script, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", "bench/" + script));
        command.addAll(List.of(args));
        Files.createDirectories(LOGS);
        Path log = LOGS.resolve(script + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("BENCH_APP", "classes");
        Process process = builder.start();
        boolean finished = process.waitFor(15, TimeUnit.MINUTES);
        if (!finished) {
            process.destroy();
            process.waitFor(20, TimeUnit.SECONDS);
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(finished).as("bench/%s finished in time; output:%n%s", script, out).isTrue();
        assertThat(process.exitValue()).as("exit code of bench/%s; output:%n%s", script, out).isZero();
        return out;
    }
}
