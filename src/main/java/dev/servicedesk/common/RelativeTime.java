package dev.servicedesk.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/** "5 minutes ago" for pages, as templates call it: {@code ${@relativeTime.of(issue.createdAt())}}. */
@Component
public class RelativeTime {

    private static final DateTimeFormatter EXACT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final Clock clock;

    public RelativeTime() {
        this(Clock.systemUTC());
    }

    RelativeTime(Clock clock) {
        this.clock = clock;
    }

    public String of(Instant instant) {
        if (instant == null) {
            return "";
        }
        Duration age = Duration.between(instant, clock.instant());
        long seconds = Math.max(0, age.getSeconds());
        if (seconds < 60) {
            return "just now";
        }
        if (seconds < 3600) {
            return plural(seconds / 60, "minute");
        }
        if (seconds < 86_400) {
            return plural(seconds / 3600, "hour");
        }
        if (seconds < 30 * 86_400L) {
            return plural(seconds / 86_400, "day");
        }
        if (seconds < 365 * 86_400L) {
            return plural(seconds / (30 * 86_400L), "month");
        }
        return plural(seconds / (365 * 86_400L), "year");
    }

    /** For the tooltip and the datetime attribute. */
    public String exact(Instant instant) {
        return instant == null ? "" : EXACT.format(instant);
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s") + " ago";
    }
}
