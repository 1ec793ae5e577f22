package org.egovarchive.command.message;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The letter vault in PostgreSQL; joins the command's transaction, so the rows and the event commit together. */
@Component
public class JdbcLetterVault implements LetterVault {

    private final JdbcTemplate jdbc;

    public JdbcLetterVault(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void keep(String messageId, Contact contact, String trackingCodeHash) {
        jdbc.update("insert into message_contact (message_id, name, phone, email, digest) values (?, ?, ?, ?, ?)",
                messageId, contact.name(), contact.phone(), contact.email(), contact.digest());
        jdbc.update("insert into message_tracking (code_hash, message_id) values (?, ?)", trackingCodeHash, messageId);
    }

    @Override
    public Optional<String> messageOf(String trackingCodeHash) {
        return jdbc.queryForList("select message_id from message_tracking where code_hash = ?", String.class, trackingCodeHash)
                .stream().findFirst();
    }

    @Override
    public Optional<Contact> contactOf(String messageId) {
        return jdbc.query("select name, phone, email from message_contact where message_id = ?",
                (rs, n) -> new Contact(rs.getString(1), rs.getString(2), rs.getString(3)), messageId).stream().findFirst();
    }
}
