package org.frontlineatlas.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentSecurityPolicyTest {

    @Test
    void aTileTemplateBecomesItsOrigin() {
        assertThat(ContentSecurityPolicy.tileSource("https://tile.openstreetmap.org/{z}/{x}/{y}.png"))
                .contains("https://tile.openstreetmap.org");
        assertThat(ContentSecurityPolicy.tileSource("https://{s}.tile.example.org:8443/{z}/{x}/{y}.png?key=1"))
                .contains("https://*.tile.example.org:8443");
    }

    @Test
    void anUnusableTemplateAllowsNothingExtra() {
        assertThat(ContentSecurityPolicy.tileSource("")).isEmpty();
        assertThat(ContentSecurityPolicy.tileSource("javascript:alert(1)")).isEmpty();
        assertThat(ContentSecurityPolicy.tileSource("https://evil.example; script-src *"))
                .isEmpty();
        assertThat(ContentSecurityPolicy.tileSource("https://user@host.example/{z}"))
                .isEmpty();
    }

    @Test
    void aConfiguredAncestorListCannotAddDirectives() {
        String policy = new ContentSecurityPolicy("", "https://a.example; script-src *").forEmbed();

        assertThat(policy).endsWith("frame-ancestors https://a.example script-src *");
        assertThat(policy.split(";")).hasSize(10);
    }
}
