package dev.servicedesk.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmailMaskTests {

    @Test
    void keepsTwoCharactersOfTheLocalPartAndOneOfTheDomainAndTopLevelDomain() {
        assertThat(EmailMask.mask("user@example.com")).isEqualTo("us*****@e*****.c**");
    }

    @Test
    void starsHaveAFixedLengthSoTheAddressLengthDoesNotShow() {
        assertThat(EmailMask.mask("a@b.io")).isEqualTo("a*****@b*****.i**");
        assertThat(EmailMask.mask("very.long.name@subdomain.company.co.uk")).isEqualTo("ve*****@s*****.u**");
    }

    @Test
    void domainWithoutDotAndTextWithoutAtAreMaskedToo() {
        assertThat(EmailMask.mask("root@localhost")).isEqualTo("ro*****@l*****");
        assertThat(EmailMask.mask("not an address")).isEqualTo("*****");
        assertThat(EmailMask.mask(null)).isNull();
    }

    @Test
    void maskAllMasksEveryAddressInATextAndKeepsTheRest() {
        assertThat(EmailMask.maskAll("added ann@example.com, bob+x@mail.test.org"))
                .isEqualTo("added an*****@e*****.c**, bo*****@m*****.o**");
        assertThat(EmailMask.maskAll("closed")).isEqualTo("closed");
    }
}
