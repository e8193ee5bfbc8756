import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.activation.DataHandler;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

/**
 * The benchmarks' helper, run as a single-file program on the application's runtime classpath
 * (GreenMail, Jakarta Mail and the PostgreSQL driver come with it), so that the benchmarks need
 * nothing but Java: a mail server, mail generators and the figures read from the database.
 *
 * <pre>
 * java -cp CLASSPATH bench/BenchTool.java mailserver SMTP_PORT IMAP_PORT
 * java -cp CLASSPATH bench/BenchTool.java setup PG_PORT ADDRESS_FILE
 * java -cp CLASSPATH bench/BenchTool.java sql PG_PORT FILE [name=value...]
 * java -cp CLASSPATH bench/BenchTool.java append IMAP_PORT N
 * java -cp CLASSPATH bench/BenchTool.java preload PG_PORT N
 * java -cp CLASSPATH bench/BenchTool.java ingest-report PG_PORT N TIMEOUT_S LAUNCHED_MS imap|stored
 * java -cp CLASSPATH bench/BenchTool.java latency SMTP_PORT PG_PORT RATE SECONDS
 * java -cp CLASSPATH bench/BenchTool.java big-mail SMTP_PORT PG_PORT MB EXPECT(issue|rejected)
 * </pre>
 */
public class BenchTool {

    static final String MAILBOX = "incoming@servicedesk.localhost";
    /** The project's Service Desk address with GitLab's project key, written by "setup" and passed on in BENCH_ADDRESS. */
    static final String ADDRESS = System.getenv().getOrDefault("BENCH_ADDRESS", "incoming+bench/tracker@servicedesk.localhost");
    static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "mailserver" -> mailServer(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
            case "setup" -> setup(Integer.parseInt(args[1]), Path.of(args[2]));
            case "sql" -> sql(Integer.parseInt(args[1]), Path.of(args[2]), Arrays.copyOfRange(args, 3, args.length));
            case "append" -> append(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
            case "ingest-report" -> ingestReport(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    Long.parseLong(args[4]), args[5]);
            case "preload" -> preload(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
            case "latency" -> latency(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]));
            case "big-mail" -> bigMail(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]), args[4]);
            case "query" -> {
                try (Connection c = db(Integer.parseInt(args[1]))) {
                    for (Map<String, Object> row : rows(c, args[2])) {
                        System.out.println(row);
                    }
                }
            }
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    // ---------------------------------------------------------------- mail server

    /**
     * GreenMail with a mail server's {@code recipient_delimiter = +}: incoming+anything lands in the
     * instance mailbox; every other recipient (the customers' thank-you mails) in one sink mailbox.
     */
    static void mailServer(int smtpPort, int imapPort) throws Exception {
        ServerSetup smtp = new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        ServerSetup imap = new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP);
        smtp.setServerStartupTimeout(10_000);
        imap.setServerStartupTimeout(10_000);
        GreenMail greenMail = new NoDelayGreenMail(new ServerSetup[] {smtp, imap});
        greenMail.start();
        UserManager users = greenMail.getUserManager();
        GreenMailUser incoming = users.createUser(MAILBOX, MAILBOX, MAILBOX);
        GreenMailUser sink = users.createUser("sink@example.com", "sink@example.com", "sink@example.com");
        users.setMessageDeliveryHandler((MovingMessage message, MailAddress recipient) ->
                recipient.getEmail().toLowerCase(Locale.ROOT).startsWith("incoming") ? incoming : sink);
        Runtime.getRuntime().addShutdownHook(new Thread(greenMail::stop));
        System.out.println("mail server ready: SMTP 127.0.0.1:" + smtpPort + ", IMAP 127.0.0.1:" + imapPort);
        System.out.flush();
        Thread.currentThread().join();
    }

    /**
     * GreenMail writes a reply in several small writes; with Nagle's algorithm on its sockets each
     * command then waits for the client's delayed ACK (~40 ms), which no production mail server
     * does. TCP_NODELAY on every accepted socket, as Dovecot and Postfix have it.
     */
    static final class NoDelayGreenMail extends GreenMail {

        NoDelayGreenMail(ServerSetup[] setups) {
            super(setups);
        }

        @Override
        protected Map<String, com.icegreen.greenmail.server.AbstractServer> createServices(ServerSetup[] setups,
                                                                                          com.icegreen.greenmail.Managers managers) {
            Map<String, com.icegreen.greenmail.server.AbstractServer> services = new HashMap<>();
            for (ServerSetup setup : setups) {
                if (ServerSetup.PROTOCOL_SMTP.equals(setup.getProtocol())) {
                    services.put(setup.getProtocol(), new com.icegreen.greenmail.smtp.SmtpServer(setup, managers) {
                        @Override
                        protected void handleClientSocket(java.net.Socket socket) throws java.net.SocketException {
                            socket.setTcpNoDelay(true);
                            super.handleClientSocket(socket);
                        }
                    });
                } else if (ServerSetup.PROTOCOL_IMAP.equals(setup.getProtocol())) {
                    // GreenMail's ImapServer is final: the same server, with the socket option
                    services.put(setup.getProtocol(), new com.icegreen.greenmail.server.AbstractServer(setup, managers) {
                        @Override
                        protected com.icegreen.greenmail.server.ProtocolHandler createProtocolHandler(java.net.Socket socket) {
                            try {
                                socket.setTcpNoDelay(true);
                            } catch (java.net.SocketException e) {
                                throw new IllegalStateException(e);
                            }
                            return new com.icegreen.greenmail.imap.ImapHandler(managers.getUserManager(),
                                    managers.getImapHostManager(), socket);
                        }
                    });
                }
            }
            return services;
        }
    }

    // ---------------------------------------------------------------- database

    static Connection db(int port) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/servicedesk", "postgres", "");
    }

    /** Project bench/tracker (the same as seed-issues.sql with no issues) with Service Desk on. */
    static void setup(int pgPort, Path addressFile) throws Exception {
        sql(pgPort, Path.of("bench/seed-issues.sql"), new String[] {"issues=0"});
        String address;
        try (Connection c = db(pgPort); Statement s = c.createStatement()) {
            s.executeUpdate("""
                    insert into service_desk_settings (project_id, enabled)
                    select id, true from projects where full_path = 'bench/tracker'
                    on conflict (project_id) do update set enabled = true""");
            // GitLab's project key: <full_path_slug>-<project_id>-issue-
            address = "incoming+bench-tracker-" + longValue(c, "select id from projects where full_path = 'bench/tracker'")
                    + "-issue-@servicedesk.localhost";
        }
        Files.writeString(addressFile, address);
        System.out.println("project bench/tracker with Service Desk at " + address);
    }

    /** Runs a psql-style script: statements end with ';' at the end of a line, :name variables, no psql commands. */
    static void sql(int pgPort, Path file, String[] variables) throws Exception {
        String script = Files.readString(file);
        for (String variable : variables) {
            String[] pair = variable.split("=", 2);
            script = script.replaceAll(":" + pair[0] + "\\b", pair[1]);
        }
        try (Connection c = db(pgPort); Statement s = c.createStatement()) {
            StringBuilder statement = new StringBuilder();
            for (String line : script.split("\n")) {
                if (line.strip().startsWith("--")) {
                    continue;
                }
                statement.append(line).append('\n');
                if (line.strip().endsWith(";")) {
                    s.execute(statement.toString());
                    statement.setLength(0);
                }
            }
        }
    }

    // ---------------------------------------------------------------- mails

    static final Session SESSION = Session.getInstance(new Properties());
    static final String[] TOPICS = {"printer offline", "cannot log in", "invoice missing", "slow page", "password reset",
            "order not delivered", "refund request", "VPN drops every hour"};

    /**
     * A customer's mail of a realistic size: 1-3 KB of text; every 5th also has an HTML part, every
     * 20th a small attachment (a 40 KB PDF-like file); each from its own sender.
     */
    static MimeMessage customerMail(int n, String runId) throws Exception {
        Random random = new Random(n);
        MimeMessage mail = new MimeMessage(SESSION);
        mail.setFrom(new InternetAddress("customer" + n + "@example.com", "Customer " + n));
        mail.setRecipients(Message.RecipientType.TO, ADDRESS);
        String topic = TOPICS[n % TOPICS.length];
        mail.setSubject("Ticket " + n + ": " + topic, "UTF-8");
        mail.setSentDate(new java.util.Date());
        mail.setHeader("X-Mailer", "Bench 1.0");
        StringBuilder text = new StringBuilder("Hello support team,\n\n");
        int paragraphs = 3 + random.nextInt(6);
        for (int p = 0; p < paragraphs; p++) {
            text.append("Since this morning the ").append(topic).append(" problem is back for order ")
                    .append(100000 + random.nextInt(900000)).append(". We tried restarting, clearing the cache and ")
                    .append("asking a colleague, but nothing helped. Could you please have a look? It is urgent for us ")
                    .append("because the team cannot work without it.\n\n");
        }
        text.append("Best regards,\nCustomer ").append(n).append("\nExample Ltd.\n+49 30 1234567\n");
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text.toString(), "UTF-8");
        Object content = null;
        if (n % 5 == 0) {
            MimeBodyPart html = new MimeBodyPart();
            html.setContent("<html><body><p>" + text.toString().replace("\n\n", "</p><p>").replace("\n", "<br>")
                    + "</p><p><b>Example Ltd.</b> <a href=\"https://example.com\">example.com</a></p></body></html>",
                    "text/html; charset=UTF-8");
            MimeMultipart alternative = new MimeMultipart("alternative", plain, html);
            content = alternative;
        }
        if (n % 20 == 0) {
            MimeBodyPart attachment = new MimeBodyPart();
            byte[] bytes = new byte[40 * 1024];
            random.nextBytes(bytes);
            attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(bytes, "application/pdf")));
            attachment.setFileName("invoice-" + n + ".pdf");
            MimeBodyPart body = new MimeBodyPart();
            if (content instanceof MimeMultipart alternative) {
                body.setContent(alternative);
            } else {
                body = plain;
            }
            content = new MimeMultipart(body, attachment);
        }
        if (content instanceof MimeMultipart multipart) {
            mail.setContent(multipart);
        } else {
            mail.setText(text.toString(), "UTF-8");
        }
        mail.saveChanges();
        mail.setHeader("Message-ID", "<bench-" + runId + "-" + n + "@example.com>");
        return mail;
    }

    /** IMAP APPEND of N customer mails to the instance mailbox, as a mail server receiving them while the application is down. */
    static void append(int imapPort, int count) throws Exception {
        Store store = SESSION.getStore("imap");
        store.connect("127.0.0.1", imapPort, MAILBOX, MAILBOX);
        Folder inbox = store.getFolder("INBOX");
        long bytes = 0;
        List<Message> batch = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            MimeMessage mail = customerMail(n, RUN);
            bytes += size(mail);
            batch.add(mail);
            if (batch.size() == 100 || n == count) {
                inbox.appendMessages(batch.toArray(Message[]::new));
                batch.clear();
            }
        }
        inbox.open(Folder.READ_ONLY);
        int inMailbox = inbox.getMessageCount();
        inbox.close(false);
        store.close();
        System.out.printf(Locale.ROOT, "appended %d mails (%.1f MB, %.1f KB each on average); %d in the mailbox%n", count,
                bytes / 1e6, bytes / 1e3 / count, inMailbox);
    }

    static long size(MimeMessage mail) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        mail.writeTo(out);
        return out.size();
    }

    // ---------------------------------------------------------------- reports

    /**
     * Waits until N mails are worked and their thank-you mails sent, then prints the rates. With
     * IMAP the clock starts when the first mail was stored from the mailbox; with a backlog already
     * stored in the database (mode "stored") it starts at the first issue committed.
     */
    static void ingestReport(int pgPort, int count, int timeoutSeconds, long launchedMillis, String mode) throws Exception {
        Instant deadline = Instant.now().plusSeconds(timeoutSeconds);
        try (Connection c = db(pgPort)) {
            long worked = 0, sent = 0;
            while (Instant.now().isBefore(deadline)) {
                worked = longValue(c, "select count(*) from inbound_emails where status <> 'received'");
                sent = longValue(c, "select count(*) from outbound_emails where kind = 'thank_you' and status <> 'pending'");
                if (worked >= count && sent >= count) {
                    break;
                }
                Thread.sleep(200);
            }
            Map<String, Object> row = row(c, """
                    select count(*) filter (where e.status = 'issue_created') as issues,
                           count(*) filter (where e.status not in ('issue_created', 'received')) as other,
                           min(e.received_at) as first_stored, max(e.received_at) as last_stored,
                           min(i.created_at) as first_issue, max(i.created_at) as last_issue
                    from inbound_emails e left join issues i on i.id = e.issue_id""");
            Map<String, Object> out = row(c, """
                    select count(*) filter (where status = 'sent') as sent, max(sent_at) as last_sent
                    from outbound_emails where kind = 'thank_you'""");
            long issues = (Long) row.get("issues");
            long thanked = (Long) out.get("sent");
            Instant firstStored = instant(row.get("first_stored"));
            Instant lastStored = instant(row.get("last_stored"));
            Instant firstIssue = instant(row.get("first_issue"));
            Instant lastIssue = instant(row.get("last_issue"));
            Instant lastSent = instant(out.get("last_sent"));
            System.out.printf(Locale.ROOT, "mails worked: %d of %d (issues %d, other outcomes %d)%n", worked, count, issues,
                    (Long) row.get("other"));
            if (firstStored == null || lastIssue == null) {
                System.out.println("summary: FAILED, no issue was created");
                return;
            }
            boolean imap = !"stored".equals(mode);
            Instant start = imap ? firstStored : firstIssue;
            if (imap) {
                double storeSeconds = seconds(firstStored, lastStored);
                System.out.printf(Locale.ROOT, "stored from IMAP: %d mails in %.2f s (%.0f mails/s)%n", worked, storeSeconds,
                        worked / storeSeconds);
            }
            double issueSeconds = seconds(start, lastIssue);
            double sentSeconds = lastSent == null ? Double.NaN : seconds(start, lastSent);
            String from = imap ? "after the first mail was stored" : "from the first issue to the last";
            System.out.printf(Locale.ROOT, "issues committed: %d in %.2f s %s (%.0f mails/s)%n", issues, issueSeconds, from,
                    issues / issueSeconds);
            System.out.printf(Locale.ROOT, "thank-you mails accepted by SMTP: %d in %.2f s %s (%.0f mails/s)%n", thanked,
                    sentSeconds, from, thanked / sentSeconds);
            Instant cleared = lastSent == null || lastSent.isBefore(lastIssue) ? lastIssue : lastSent;
            System.out.printf(Locale.ROOT, "backlog cleared %.2f s after the application was launched (start-up included)%n",
                    seconds(Instant.ofEpochMilli(launchedMillis), cleared));
            boolean complete = issues == count && thanked == count;
            System.out.printf(Locale.ROOT, "summary: %s %d mails (%s), %.0f mails/s to issues, %.0f mails/s to thank-you mails%n",
                    complete ? "OK" : "INCOMPLETE", count, imap ? "from the IMAP mailbox" : "stored before the start",
                    issues / issueSeconds, thanked / sentSeconds);
        }
    }

    /** N customer mails stored in inbound_emails as the IMAP stage would have, for measuring the processing stage alone. */
    static void preload(int pgPort, int count) throws Exception {
        try (Connection c = db(pgPort); java.sql.PreparedStatement insert = c.prepareStatement("""
                insert into inbound_emails (mailbox, uid_validity, uid, sha256, raw, size, next_attempt_at)
                values ('incoming_email', 1, ?, ?, ?, ?, now())""")) {
            c.setAutoCommit(false);
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            for (int n = 1; n <= count; n++) {
                ByteArrayOutputStream raw = new ByteArrayOutputStream();
                customerMail(n, RUN).writeTo(raw);
                byte[] bytes = raw.toByteArray();
                insert.setLong(1, n);
                insert.setString(2, java.util.HexFormat.of().formatHex(sha.digest(bytes)));
                insert.setBytes(3, bytes);
                insert.setInt(4, bytes.length);
                insert.addBatch();
            }
            insert.executeBatch();
            c.commit();
        }
        System.out.printf(Locale.ROOT, "stored %d mails in inbound_emails%n", count);
    }

    /** RATE mails a second for SECONDS over SMTP; per mail the time the server accepted it (250 after DATA) to its issue. */
    static void latency(int smtpPort, int pgPort, int rate, int seconds) throws Exception {
        int total = rate * seconds;
        Map<String, Instant> accepted = new ConcurrentHashMap<>();
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", Integer.toString(smtpPort));
        Session session = Session.getInstance(properties);
        int senders = 4;
        List<Transport> transports = new ArrayList<>();
        for (int i = 0; i < senders; i++) {
            Transport transport = session.getTransport("smtp");
            transport.connect();
            transports.add(transport);
        }
        List<MimeMessage> mails = new ArrayList<>();
        String runId = RUN + "l";
        for (int n = 1; n <= total; n++) {
            mails.add(customerMail(n, runId));
        }
        ScheduledExecutorService pacer = Executors.newScheduledThreadPool(senders);
        long periodNanos = 1_000_000_000L / rate;
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger late = new java.util.concurrent.atomic.AtomicInteger();
        long start = System.nanoTime();
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(total);
        for (int n = 0; n < total; n++) {
            int index = n;
            pacer.schedule(() -> {
                Transport transport = transports.get(index % senders);
                MimeMessage mail = mails.get(index);
                try {
                    synchronized (transport) {
                        mail.setHeader("X-Bench-Sent", Instant.now().toString());
                        transport.sendMessage(mail, mail.getAllRecipients());
                    }
                    accepted.put(mail.getMessageID(), Instant.now());
                    if (System.nanoTime() - start - index * periodNanos > 100_000_000L) {
                        late.incrementAndGet();
                    }
                } catch (Exception e) {
                    System.out.println("send failed: " + e);
                } finally {
                    next.incrementAndGet();
                    done.countDown();
                }
            }, index * periodNanos, TimeUnit.NANOSECONDS);
        }
        done.await();
        double offeredSeconds = (System.nanoTime() - start) / 1e9;
        pacer.shutdown();
        for (Transport transport : transports) {
            transport.close();
        }
        System.out.printf(Locale.ROOT, "offered %d mails in %.1f s (%.1f mails/s, %d sent more than 100 ms late)%n",
                accepted.size(), offeredSeconds, accepted.size() / offeredSeconds, late.get());
        Map<String, Instant> committed = new HashMap<>();
        Map<String, Instant> stored = new HashMap<>();
        Instant deadline = Instant.now().plusSeconds(120);
        try (Connection c = db(pgPort)) {
            while (Instant.now().isBefore(deadline)) {
                committed.clear();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                        "select i.service_desk_message_id, i.created_at, e.received_at from issues i"
                                + " join inbound_emails e on e.issue_id = i.id where i.service_desk_message_id like '%bench-"
                                + runId + "-%'")) {
                    while (rs.next()) {
                        committed.put(rs.getString(1), rs.getTimestamp(2).toInstant());
                        stored.put(rs.getString(1), rs.getTimestamp(3).toInstant());
                    }
                }
                if (committed.size() >= accepted.size()) {
                    break;
                }
                Thread.sleep(500);
            }
        }
        List<Double> latencies = new ArrayList<>();
        List<Double> toStored = new ArrayList<>();
        List<Double> afterStored = new ArrayList<>();
        for (Map.Entry<String, Instant> mail : accepted.entrySet()) {
            String key = committed.containsKey(mail.getKey()) ? mail.getKey() : mail.getKey().replaceAll("^<|>$", "");
            Instant issue = committed.get(key);
            if (issue != null) {
                latencies.add(Duration.between(mail.getValue(), issue).toNanos() / 1e6);
                toStored.add(Duration.between(mail.getValue(), stored.get(key)).toNanos() / 1e6);
                afterStored.add(Duration.between(stored.get(key), issue).toNanos() / 1e6);
            }
        }
        Collections.sort(latencies);
        Collections.sort(toStored);
        Collections.sort(afterStored);
        if (latencies.isEmpty()) {
            System.out.println("summary: FAILED, no issue was created");
            return;
        }
        double p50 = percentile(latencies, 50), p95 = percentile(latencies, 95), p99 = percentile(latencies, 99);
        System.out.printf(Locale.ROOT, "issues: %d of %d%n", latencies.size(), accepted.size());
        System.out.printf(Locale.ROOT, "latency ms: min %.0f, p50 %.0f, p95 %.0f, p99 %.0f, max %.0f%n", latencies.get(0), p50,
                p95, p99, latencies.get(latencies.size() - 1));
        System.out.printf(Locale.ROOT, "of which SMTP accepted -> stored from IMAP: p50 %.0f, p95 %.0f, p99 %.0f%n",
                percentile(toStored, 50), percentile(toStored, 95), percentile(toStored, 99));
        System.out.printf(Locale.ROOT, "of which stored -> issue committed: p50 %.0f, p95 %.0f, p99 %.0f%n",
                percentile(afterStored, 50), percentile(afterStored, 95), percentile(afterStored, 99));
        System.out.printf(Locale.ROOT, "summary: %s %d mails at %d/s, p50 %.0f ms, p95 %.0f ms, p99 %.0f ms (SMTP accepted -> issue committed)%n",
                latencies.size() == total ? "OK" : "INCOMPLETE", latencies.size(), rate, p50, p95, p99);
    }

    static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    /** One mail of about MB megabytes (text, HTML, three attachments), then what became of it. */
    static void bigMail(int smtpPort, int pgPort, int megabytes, String expect) throws Exception {
        String runId = RUN + "b" + megabytes;
        MimeMessage mail = new MimeMessage(SESSION);
        mail.setFrom(new InternetAddress("big-sender-" + runId + "@example.com"));
        mail.setRecipients(Message.RecipientType.TO, ADDRESS);
        mail.setSubject("Big mail of " + megabytes + " MB with attachments");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Please find the log files and screenshots attached.\n", "UTF-8");
        List<MimeBodyPart> parts = new ArrayList<>(List.of(text));
        // base64 makes 3 bytes into 4 plus line breaks (~1.37); leave room for the headers and text
        long binary = (long) (megabytes * 1024L * 1024L / 1.375) - 64 * 1024;
        Random random = new Random(megabytes);
        String[][] files = {{"server.log", "text/plain"}, {"screenshot.png", "image/png"}, {"dump.zip", "application/zip"}};
        for (int i = 0; i < files.length; i++) {
            byte[] bytes = new byte[(int) (binary / files.length)];
            random.nextBytes(bytes);
            MimeBodyPart attachment = new MimeBodyPart();
            attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(bytes, files[i][1])));
            attachment.setFileName(files[i][0]);
            attachment.setHeader("Content-Transfer-Encoding", "base64");
            parts.add(attachment);
        }
        mail.setContent(new MimeMultipart(parts.toArray(MimeBodyPart[]::new)));
        mail.saveChanges();
        mail.setHeader("Message-ID", "<bench-" + runId + "@example.com>");
        long size = size(mail);
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", Integer.toString(smtpPort));
        long before;
        try (Connection c = db(pgPort)) {
            before = longValue(c, "select coalesce(max(id), 0) from inbound_emails");
        }
        long start = System.nanoTime();
        Transport.send(withSession(mail, Session.getInstance(properties)));
        System.out.printf(Locale.ROOT, "sent a mail of %d bytes (%.1f MiB) with %d attachments%n", size, size / 1048576.0,
                files.length);
        Instant deadline = Instant.now().plusSeconds(180);
        try (Connection c = db(pgPort)) {
            Map<String, Object> row = Map.of();
            while (Instant.now().isBefore(deadline)) {
                List<Map<String, Object>> rows = rows(c, "select status, reason, size, issue_id from inbound_emails"
                        + " where id > " + before + " and status <> 'received' order by id limit 1");
                if (!rows.isEmpty()) {
                    row = rows.get(0);
                    break;
                }
                Thread.sleep(250);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (row.isEmpty()) {
                System.out.printf(Locale.ROOT, "summary: FAILED, the %d MB mail was not worked within 180 s%n", megabytes);
                return;
            }
            String reason = row.get("reason") == null ? "" : " (" + row.get("reason") + ")";
            System.out.printf(Locale.ROOT, "outcome: %s%s, stored size %s bytes, %.1f s after sending%n", row.get("status"),
                    reason.length() > 200 ? reason.substring(0, 200) + "...)" : reason, row.get("size"), seconds);
            boolean ok = "issue".equals(expect) ? "issue_created".equals(row.get("status"))
                    : "rejected".equals(row.get("status"));
            System.out.printf(Locale.ROOT, "summary: %s %d MB mail %s (expected: %s)%n", ok ? "OK" : "FAILED", megabytes,
                    row.get("status"), "issue".equals(expect) ? "issue_created" : "rejected");
        }
    }

    static MimeMessage withSession(MimeMessage mail, Session session) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        mail.writeTo(out);
        return new MimeMessage(session, new java.io.ByteArrayInputStream(out.toByteArray())) {
            @Override
            protected void updateMessageID() {
            }
        };
    }

    // ---------------------------------------------------------------- small JDBC helpers

    static long longValue(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static Map<String, Object> row(Connection c, String sql) throws SQLException {
        return rows(c, sql).get(0);
    }

    static List<Map<String, Object>> rows(Connection c, String sql) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                Map<String, Object> row = new HashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        throw new IllegalArgumentException("not a time: " + value.getClass());
    }

    static double seconds(Instant from, Instant to) {
        return Math.max(0.001, Duration.between(from, to).toNanos() / 1e9);
    }
}
