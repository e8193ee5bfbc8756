package dev.servicedesk.inbound.internal.trimming;

import java.util.regex.Pattern;

/**
 * The one-line signatures mobile and desktop clients append on their own ("Sent from my iPhone",
 * "Von meinem iPad gesendet", "Get Outlook for Android"), in the languages they ship in.
 */
final class DeviceSignatures {

    private static final String DEVICE = "(?:iphone|ipad|ipod|android|mobile|phone|smartphone|tablet|cell"
            + "|samsung|galaxy|blackberry|huawei|pixel)";
    private static final Pattern SIGNATURE = Pattern.compile("^[\\s(<\\[*_]*(?:"
            + "sent (?:from|with|via|using|by) .{1,80}"
            + "|from my " + DEVICE + ".{0,40}"
            + "|get \\[?outlook for (?:ios|android).{0,80}"
            + "|envoy[ée] (?:de|depuis|à partir de|avec) (?:mon|ma) .{1,60}"
            + "|von meinem .{1,60} gesendet.{0,60}"
            + "|gesendet (?:von|mit|vom) .{1,60}"
            + "|diese nachricht wurde von meinem .{1,80} gesendet"
            + "|(?:verzonden|verstuurd) (?:met|vanaf|van|via) .{1,60}"
            + "|enviado (?:desde|con|do|de) .{1,60}"
            + "|inviato da .{1,60}"
            + "|sendt fra min .{1,60}"
            + "|skickat från min .{1,60}"
            + "|wysłane z .{1,60}"
            + "|отправлено с .{1,60}"
            + "|從我的.{1,40}傳送|从我的.{1,40}发送|发自我的.{1,40}|.{1,40}から送信"
            + ")[\\s)>\\]*_.]*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private DeviceSignatures() {
    }

    static boolean isDeviceSignature(String line) {
        return line.length() <= 120 && SIGNATURE.matcher(line).matches();
    }
}
