package io.pierre.schema.test.service;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * A service with a table of its own beside the Pierre schema, as nearly every service on the
 * starter has: {@code app_notes}, migrated by Boot's Flyway ({@code db/migration}) or, with Flyway
 * off, by Boot's SQL initialization ({@code schema.sql}), and a {@code JdbcTemplate} repository.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(NoteRepository.class)
public class NotesApplication {

}
