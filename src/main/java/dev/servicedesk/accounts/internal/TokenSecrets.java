package dev.servicedesk.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * New token secrets and the digest stored in their place. A prefix like GitLab's {@code glpat-}
 * lets secret scanners recognise a leaked token. The secrets carry 192 random bits, so a plain
 * SHA-256 (unlike a password hash) is safe to store and lets a token be found by an index lookup.
 */
public final class TokenSecrets {

    public static final String PREFIX = "sdpat-";

    // 24 bytes are exactly 32 URL-safe Base64 characters, with no padding
    private static final int RANDOM_BYTES = 24;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecrets() {
    }

    public static String generate() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String digest(String secret) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
