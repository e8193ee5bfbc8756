package dev.servicedesk.inbound.internal.trimming;

import java.util.regex.Pattern;

/**
 * Header fields that Outlook, Lotus and webmail clients write above a quoted or forwarded mail
 * instead of an attribution line ("From: ... Sent: ... To: ... Subject: ..."), localised, and
 * sometimes bold ("*From:*") after an HTML-to-text conversion.
 */
final class HeaderFields {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String FROM = "from|von|de|da|från|van|od|от|fra|lähettäjä|feladó|expéditeur|remitente";
    private static final String OTHERS = "sent|date|datum|data|fecha|gesendet|enviado|envoyé|inviato|skickat"
            + "|verzonden|wysłano|отправлено|sendt|lähetetty|to|an|para|à|a|till|aan|do|кому|til|vastaanottaja"
            + "|cc|kopie|subject|betreff|asunto|objet|oggetto|ämne|onderwerp|temat|тема|emne|assunto|aihe"
            + "|reply-to|antwort an|risposta|répondre à|responder a";
    private static final Pattern FIELD = Pattern.compile(
            "^\\s*\\*{0,2}(?:" + FROM + "|" + OTHERS + ")\\s*:\\*{0,2}(?:\\s|$)", FLAGS);
    private static final Pattern FROM_FIELD = Pattern.compile("^\\s*\\*{0,2}(?:" + FROM + ")\\s*:", FLAGS);

    private HeaderFields() {
    }

    static boolean isField(String line) {
        return FIELD.matcher(line).find();
    }

    static boolean isFromField(String line) {
        return FROM_FIELD.matcher(line).find();
    }
}
