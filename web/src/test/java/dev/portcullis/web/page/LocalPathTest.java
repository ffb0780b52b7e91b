package dev.portcullis.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocalPathTest {

    @Test
    void aPathOfThisSiteIsKept() {
        assertThat(LocalPath.orHome("/vms?jit=UNPROTECTED&page=2")).isEqualTo("/vms?jit=UNPROTECTED&page=2");
        assertThat(LocalPath.orHome("/vm?id=%2Fsubscriptions%2Fx")).isEqualTo("/vm?id=%2Fsubscriptions%2Fx");
    }

    @Test
    void anythingThatCouldLeaveTheSiteGoesHome() {
        assertThat(LocalPath.orHome("https://evil.example/")).isEqualTo("/");
        assertThat(LocalPath.orHome("//evil.example/")).isEqualTo("/");
        assertThat(LocalPath.orHome("/\\evil.example/")).isEqualTo("/");
        assertThat(LocalPath.orHome("/ok\r\nSet-Cookie: x")).isEqualTo("/");
        assertThat(LocalPath.orHome(null)).isEqualTo("/");
    }
}
