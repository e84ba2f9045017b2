package de.lokalwillkommen.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/** Only a unique violation (SQLSTATE 23505 on PostgreSQL and H2) means "this user name already exists". */
class UniqueViolationTest {

    @Test
    void aUniqueViolationDeepInTheCausesIsRecognised() {
        var duplicate = new DataIntegrityViolationException("insert failed",
                new RuntimeException("wrapped", new SQLException("duplicate key", "23505")));
        assertThat(StaffAccounts.isUniqueViolation(duplicate)).isTrue();
    }

    @Test
    void aForeignKeyOrNotNullViolationIsNoDuplicate() {
        assertThat(StaffAccounts.isUniqueViolation(new DataIntegrityViolationException("fk",
                new SQLException("no such office", "23503")))).isFalse();
        assertThat(StaffAccounts.isUniqueViolation(new DataIntegrityViolationException("null",
                new SQLException("null value", "23502")))).isFalse();
        assertThat(StaffAccounts.isUniqueViolation(new DataIntegrityViolationException("no sql state"))).isFalse();
    }
}
