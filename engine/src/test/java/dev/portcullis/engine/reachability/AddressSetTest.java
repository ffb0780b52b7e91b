package dev.portcullis.engine.reachability;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressSetTest {

    @Test
    void cidrIsAlignedToItsBlock() {
        assertThat(AddressSet.cidr("10.1.2.3/8")).isEqualTo(AddressSet.cidr("10.0.0.0/8"));
        assertThat(AddressSet.cidr("10.0.0.0/8").size()).isEqualTo(BigInteger.ONE.shiftLeft(24));
        assertThat(AddressSet.cidr("2001:db8:1:2::/32")).isEqualTo(AddressSet.cidr("2001:db8::/32"));
    }

    @Test
    void minusSplitsRanges() {
        AddressSet rest = AddressSet.cidr("10.0.0.0/8").minus(AddressSet.cidr("10.128.0.0/9"));
        assertThat(rest).isEqualTo(AddressSet.cidr("10.0.0.0/9"));
        assertThat(AddressSet.ALL_IPV4.minus(AddressSet.cidr("0.0.0.0/1"))).isEqualTo(AddressSet.cidr("128.0.0.0/1"));
    }

    @Test
    void unionMergesAdjacentRanges() {
        assertThat(AddressSet.cidr("0.0.0.0/1").union(AddressSet.cidr("128.0.0.0/1"))).isEqualTo(AddressSet.ALL_IPV4);
        assertThat(AddressSet.cidr("::/1").union(AddressSet.cidr("8000::/1"))).isEqualTo(AddressSet.ALL_IPV6);
    }

    @Test
    void intersectOfDisjointSetsIsEmpty() {
        assertThat(AddressSet.cidr("10.0.0.0/8").intersect(AddressSet.cidr("11.0.0.0/8")).isEmpty()).isTrue();
    }

    @Test
    void theFamiliesNeverOverlap() {
        assertThat(AddressSet.cidr("0.0.0.0/0").intersect(AddressSet.cidr("::/0")).isEmpty()).isTrue();
        assertThat(AddressSet.cidr("0.0.0.0/0")).isEqualTo(AddressSet.ALL_IPV4);
        assertThat(AddressSet.cidr("::/0")).isEqualTo(AddressSet.ALL_IPV6);
    }

    @Test
    void anIpv4MappedIpv6PrefixIsNoIpv4AddressAndNoPublicAddress() {
        AddressSet mapped = AddressSet.cidr("::ffff:8.8.8.8");
        assertThat(mapped.intersect(AddressSet.ALL_IPV4).isEmpty()).isTrue();
        assertThat(mapped.intersect(AddressSet.INTERNET).isEmpty()).isTrue();
        assertThat(mapped.first()).isEqualTo("::ffff:808:808");
    }

    @ParameterizedTest(name = "{0} public: {1}")
    @CsvSource({
        "8.8.8.8, true", "10.0.0.1, false", "172.31.255.255, false", "172.32.0.0, true", "100.127.255.255, false",
        "255.255.255.255, false", "223.255.255.255, true",
        "2603:1030:20e:3::17a, true", "2001:4860:4860::8888, true", "2001:db8::1, false", "2001:DB8:ffff::1, false",
        "3fff::1, false", "fe80::1, false", "fd00::1, false", "::1, false", "ff02::1, false", "4000::1, false"
    })
    void internetHoldsPublicAddressesOfBothFamiliesOnly(String address, boolean isPublic) {
        assertThat(AddressSet.INTERNET.contains(address)).isEqualTo(isPublic);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "2001:DB8::/32, 2001:db8::", "2001:0db8:0000:0000:0000:0000:0000:0001, 2001:db8::1", "::, ::",
        "::ffff:10.0.0.1, ::ffff:a00:1", "2603:1030:20e:3::17a/128, 2603:1030:20e:3::17a", "1:0:0:2:0:0:0:3, 1:0:0:2::3"
    })
    void ipv6TextFormsParseAndPrintCanonically(String text, String first) {
        assertThat(AddressSet.parse(text)).hasValueSatisfying(set -> assertThat(set.first()).isEqualTo(first));
    }

    @ParameterizedTest
    @CsvSource({"AzureCloud", "300.1.1.1", "10.0.0.0/33", "2001:db8::/129", "2001:::1", "1::2::3", "2001:db8:g::1",
        "1:2:3:4:5:6:7:8:9", "10.0.0.0/", "::/-1"})
    void textThatIsNoAddressDoesNotParse(String text) {
        assertThat(AddressSet.parse(text)).isEmpty();
    }

    @Test
    void aSingleAddressIsKnownAsSuch() {
        assertThat(AddressSet.cidr("203.0.113.7").isSingleAddress()).isTrue();
        assertThat(AddressSet.cidr("203.0.113.0/31").isSingleAddress()).isFalse();
        assertThat(AddressSet.cidr("203.0.113.0/24").containsAll(AddressSet.cidr("203.0.113.7"))).isTrue();
    }
}
