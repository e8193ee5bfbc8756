package dev.servicedesk.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmailMaskTests {

    @Test
    void keepsTheFirstLettersOfTheLocalPartDomainAndTopLevelDomain() {
        assertThat(EmailMask.mask("customer@example.com")).isEqualTo("cu*****@e*****.c**");
        assertThat(EmailMask.mask(" Jane.Doe@Mail.Example.ORG ")).isEqualTo("Ja*****@m*****.o**");
    }

    @Test
    void shortPartsStillHideSomething() {
        assertThat(EmailMask.mask("a@b.de")).isEqualTo("*****@*****.d**");
        assertThat(EmailMask.mask("ab@localhost")).isEqualTo("a*****@l*****");
    }

    @Test
    void neverShowsTheWholeAddress() {
        for (String address : new String[] {"x@y.z", "someone@example.com", "q@q"}) {
            assertThat(EmailMask.mask(address)).doesNotContain(address).contains("*");
        }
    }

    @Test
    void nothingGivesNothing() {
        assertThat(EmailMask.mask(null)).isEmpty();
        assertThat(EmailMask.mask("  ")).isEmpty();
        assertThat(EmailMask.mask("not-an-address")).isEqualTo("no*****");
    }
}
