package dev.servicedesk.demo;

import java.nio.file.Path;

/**
 * What an evaluator needs to try the demo project: its Service Desk address and the embedded SMTP
 * server to send a first mail to.
 */
public record DemoInstructions(String projectPath, String serviceDeskAddress, String smtpHost, int smtpPort,
                               Path maintainerPasswordFile) {

    /** A one-line command that sends a customer's mail to the demo project, with nothing but python3. */
    public String sendMailCommand() {
        return "python3 -c 'import smtplib; from email.message import EmailMessage as M; m=M(); "
                + "m[\"From\"]=\"carla@example.com\"; m[\"To\"]=\"" + serviceDeskAddress + "\"; "
                + "m[\"Subject\"]=\"Printer on fire\"; m.set_content(\"Help, the printer is on fire!\"); "
                + "smtplib.SMTP(\"" + smtpHost + "\", " + smtpPort + ").send_message(m)'";
    }
}
