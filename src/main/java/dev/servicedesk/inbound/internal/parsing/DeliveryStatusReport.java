package dev.servicedesk.inbound.internal.parsing;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;

/**
 * Bounces in the standard form: {@code multipart/report; report-type=delivery-status} (RFC 6522)
 * whose {@code message/delivery-status} part (RFC 3464) has one field block per recipient. RFC 6533
 * adds the UTF-8 variant {@code global-delivery-status}.
 */
final class DeliveryStatusReport {

    private DeliveryStatusReport() {
    }

    static boolean isReport(MimeNode root) {
        if (!root.is("multipart/report")) {
            return false;
        }
        String reportType = root.parameter("report-type");
        return reportType != null && (reportType.equalsIgnoreCase("delivery-status")
                || reportType.equalsIgnoreCase("global-delivery-status"));
    }

    /**
     * Recipients whose Action is {@code failed} with a permanent 5.x.x Status (RFC 3463): the hard
     * bounces. Final-Recipient first, then Original-Recipient (the address as we sent it, when the
     * receiving server rewrote it); each once, lower-cased.
     */
    static List<String> failedRecipients(MimeNode root, MailLimits limits) {
        List<String> failed = new ArrayList<>();
        for (MimeNode part : root.children()) {
            boolean global = part.is("message/global-delivery-status");
            if (part.is("message/delivery-status") || global) {
                readBlocks(part.content().bytes(), global, limits, failed);
            }
        }
        return failed;
    }

    private static void readBlocks(byte[] content, boolean utf8, MailLimits limits, List<String> failed) {
        ByteArrayInputStream in = new ByteArrayInputStream(content);
        try {
            // The first block is about the message; each further one (RFC 3464 2.3) about one recipient.
            while (in.available() > 0) {
                InternetHeaders block = new BoundedMime.Headers(in, limits, utf8);
                String action = block.getHeader("Action", null);
                String status = block.getHeader("Status", null);
                if (action != null && action.trim().toLowerCase(Locale.ROOT).startsWith("failed")
                        && status != null && status.trim().startsWith("5")) {
                    addRecipient(block.getHeader("Final-Recipient", null), failed);
                    addRecipient(block.getHeader("Original-Recipient", null), failed);
                }
            }
        } catch (MessagingException unreadable) {
            // Keep the recipients read so far; the report is still a bounce.
        }
    }

    /** {@code rfc822; user@example.com} (the address type before the semicolon). */
    private static void addRecipient(String field, List<String> failed) {
        if (field == null) {
            return;
        }
        String value = field.substring(field.indexOf(';') + 1).trim();
        for (String address : Addresses.addresses(value)) {
            if (!failed.contains(address)) {
                failed.add(address);
            }
        }
    }
}
