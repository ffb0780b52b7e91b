package dev.portcullis.scanner.reachability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Ipv4SetTest {

    @Test
    void cidrIsAlignedToItsBlock() {
        assertThat(Ipv4Set.cidr("10.1.2.3/8")).isEqualTo(Ipv4Set.cidr("10.0.0.0/8"));
        assertThat(Ipv4Set.cidr("10.0.0.0/8").size()).isEqualTo(1L << 24);
    }

    @Test
    void minusSplitsRanges() {
        Ipv4Set rest = Ipv4Set.cidr("10.0.0.0/8").minus(Ipv4Set.cidr("10.128.0.0/9"));
        assertThat(rest).isEqualTo(Ipv4Set.cidr("10.0.0.0/9"));
        assertThat(Ipv4Set.ALL.minus(Ipv4Set.cidr("0.0.0.0/1"))).isEqualTo(Ipv4Set.cidr("128.0.0.0/1"));
    }

    @Test
    void unionMergesAdjacentRanges() {
        assertThat(Ipv4Set.cidr("0.0.0.0/1").union(Ipv4Set.cidr("128.0.0.0/1"))).isEqualTo(Ipv4Set.ALL);
    }

    @Test
    void intersectOfDisjointSetsIsEmpty() {
        assertThat(Ipv4Set.cidr("10.0.0.0/8").intersect(Ipv4Set.cidr("11.0.0.0/8")).isEmpty()).isTrue();
    }

    @Test
    void internetExcludesPrivateAndSpecialRanges() {
        assertThat(Ipv4Set.INTERNET.contains("8.8.8.8")).isTrue();
        assertThat(Ipv4Set.INTERNET.contains("10.0.0.1")).isFalse();
        assertThat(Ipv4Set.INTERNET.contains("172.31.255.255")).isFalse();
        assertThat(Ipv4Set.INTERNET.contains("172.32.0.0")).isTrue();
        assertThat(Ipv4Set.INTERNET.contains("100.127.255.255")).isFalse();
        assertThat(Ipv4Set.INTERNET.contains("255.255.255.255")).isFalse();
        assertThat(Ipv4Set.INTERNET.contains("223.255.255.255")).isTrue();
    }

    @Test
    void textThatIsNotIpv4DoesNotParse() {
        assertThat(Ipv4Set.parse("::/0")).isEmpty();
        assertThat(Ipv4Set.parse("AzureCloud")).isEmpty();
        assertThat(Ipv4Set.parse("300.1.1.1")).isEmpty();
        assertThat(Ipv4Set.parse("10.0.0.0/33")).isEmpty();
    }
}
