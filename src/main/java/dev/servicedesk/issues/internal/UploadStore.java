package dev.servicedesk.issues.internal;

import java.io.IOException;
import java.io.InputStream;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import dev.servicedesk.issues.UploadView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The {@code uploads} table. Plain JDBC because the bytes are streamed both ways: in through the
 * driver's {@code setBinaryStream} with a known length, out in slices (see {@link UploadContentStream}),
 * so a 25 MB file is never held whole in memory.
 */
@Component
public class UploadStore {

    private static final String COLUMNS = "id, project_id, secret, file_name, content_type, size, created_at";

    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;

    UploadStore(JdbcTemplate jdbcTemplate, JdbcClient jdbc) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = jdbc;
    }

    public UploadView insert(long projectId, String secret, UploadFileName fileName, String contentType, long size,
                             InputStream content, Long uploadedBy) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbcTemplate.update(connection -> {
            PreparedStatement statement = connection.prepareStatement("""
                    insert into uploads (project_id, secret, file_name, content_type, size, data, uploaded_by)
                    values (?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            statement.setLong(1, projectId);
            statement.setString(2, secret);
            statement.setString(3, fileName.value());
            statement.setString(4, contentType);
            statement.setLong(5, size);
            statement.setBinaryStream(6, content, size);
            statement.setObject(7, uploadedBy);
            return statement;
        }, keys);
        long id = keys.getKeyAs(Long.class);
        return find(id).orElseThrow();
    }

    public Optional<UploadView> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from uploads where id = ?").param(id).query(UploadStore::view).optional();
    }

    public Optional<UploadView> find(long projectId, String secret) {
        return jdbc.sql("select " + COLUMNS + " from uploads where project_id = ? and secret = ?")
                .param(projectId).param(secret).query(UploadStore::view).optional();
    }

    public List<UploadView> findAll(long projectId, Collection<String> secrets) {
        if (secrets.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from uploads where project_id = :project and secret in (:secrets)")
                .param("project", projectId).param("secrets", secrets).query(UploadStore::view).list();
    }

    public InputStream open(UploadView upload) {
        return new UploadContentStream(jdbc, upload.id(), upload.size());
    }

    private static UploadView view(ResultSet row, int number) throws SQLException {
        Timestamp created = row.getTimestamp("created_at");
        return new UploadView(row.getLong("id"), row.getLong("project_id"), row.getString("secret"),
                row.getString("file_name"), row.getString("content_type"), row.getLong("size"), created.toInstant());
    }

    /** Reads one slice; package-private for {@link UploadContentStream}. */
    static byte[] slice(JdbcClient jdbc, long id, long offset, int length) throws IOException {
        // substring() on bytea counts from 1 and takes integers; an upload stays far below 2 GB.
        return jdbc.sql("select substring(data from ? for ?) from uploads where id = ?")
                .param(Math.toIntExact(offset + 1)).param(length).param(id)
                .query(byte[].class).optional()
                .orElseThrow(() -> new IOException("upload " + id + " was deleted while it was read"));
    }
}
