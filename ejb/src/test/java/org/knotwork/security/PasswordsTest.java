package org.knotwork.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.knotwork.platform.RuleViolationException;

class PasswordsTest {

    @Test
    void aLongPasswordIsStrongEnoughWithoutSymbols() {
        assertThatCode(() -> Passwords.requireStrong("correct horse battery", "jo"))
                .doesNotThrowAnyException();
    }

    @Test
    void shortPasswordsAreRefused() {
        assertThatThrownBy(() -> Passwords.requireStrong("Tr0ub4dor&3", "jo"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("A password needs at least 12 characters.");
    }

    @Test
    void repeatedCharactersAreNotAPassword() {
        assertThatThrownBy(() -> Passwords.requireStrong("aaaaaaaaaaaaaaaa", "jo"))
                .hasMessage("A password needs at least 5 different characters.");
        assertThatThrownBy(() -> Passwords.requireStrong("abababababababab", "jo"))
                .hasMessage("A password needs at least 5 different characters.");
    }

    @Test
    void aPasswordCannotContainTheUsername() {
        assertThatThrownBy(() -> Passwords.requireStrong("my name is Therapist!", "therapist"))
                .hasMessage("A password cannot contain the username.");
    }

    @Test
    void madeUpPasswordsAreStrong() {
        assertThatCode(() -> Passwords.requireStrong(Passwords.random(), "admin"))
                .doesNotThrowAnyException();
    }
}
