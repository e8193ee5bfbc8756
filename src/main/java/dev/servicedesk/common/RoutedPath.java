package dev.servicedesk.common;

/**
 * A group's or project's full path inside one URL segment. GitLab's URLs put a full path of any
 * depth before {@code /-/}; the web layer forwards {@code /a/b/c/-/issues} to
 * {@code /-/project/a~b~c/issues} so controllers can map it. '~' cannot occur in a path.
 */
public final class RoutedPath {

    public static final char SEPARATOR = '~';

    private RoutedPath() {
    }

    public static String encode(String fullPath) {
        return fullPath.replace('/', SEPARATOR);
    }

    public static String decode(String segment) {
        return segment.replace(SEPARATOR, '/');
    }
}
