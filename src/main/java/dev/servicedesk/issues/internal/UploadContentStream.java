package dev.servicedesk.issues.internal;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An upload's bytes, fetched one megabyte at a time with {@code substring(data ...)}: the PostgreSQL
 * driver would otherwise read the whole value into memory, twice over for a download. The column is
 * stored uncompressed (V10), so each slice reads only its own pages.
 */
final class UploadContentStream extends InputStream {

    static final int SLICE = 1024 * 1024;

    private final JdbcClient jdbc;
    private final long id;
    private final long size;
    private long position;
    private byte[] buffer = new byte[0];
    private int bufferPosition;

    UploadContentStream(JdbcClient jdbc, long id, long size) {
        this.jdbc = jdbc;
        this.id = id;
        this.size = size;
    }

    @Override
    public int read() throws IOException {
        if (!fill()) {
            return -1;
        }
        return buffer[bufferPosition++] & 0xFF;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int count = Math.min(length, buffer.length - bufferPosition);
        System.arraycopy(buffer, bufferPosition, target, offset, count);
        bufferPosition += count;
        return count;
    }

    @Override
    public int available() {
        return buffer.length - bufferPosition;
    }

    private boolean fill() throws IOException {
        if (bufferPosition < buffer.length) {
            return true;
        }
        if (position >= size) {
            return false;
        }
        buffer = UploadStore.slice(jdbc, id, position, (int) Math.min(SLICE, size - position));
        bufferPosition = 0;
        if (buffer.length == 0) {
            throw new IOException("upload " + id + " is shorter than its recorded size " + size);
        }
        position += buffer.length;
        return true;
    }
}
