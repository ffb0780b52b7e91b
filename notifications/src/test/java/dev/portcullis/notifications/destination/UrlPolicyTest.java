package dev.portcullis.notifications.destination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class UrlPolicyTest {

    /** Names as a DNS server might answer them, including one that answers an internal address. */
    private static final Map<String, String> DNS = Map.of(
            "hooks.example.com", "93.184.215.14",
            "rebinding.example.com", "169.254.169.254",
            "intranet.example.com", "10.1.2.3",
            "dual.example.com", "93.184.215.14,192.168.0.7");

    private static final UrlPolicy.Resolver RESOLVER = host -> {
        if (DNS.containsKey(host)) {
            List<InetAddress> addresses = new java.util.ArrayList<>();
            for (String a : DNS.get(host).split(",")) {
                addresses.add(InetAddress.getByName(a));
            }
            return addresses;
        }
        if (host.matches("[0-9a-f.:]+")) {
            return List.of(InetAddress.getByName(host));
        }
        throw new UnknownHostException(host);
    };

    private final UrlPolicy strict = new UrlPolicy(false, RESOLVER);

    @Test
    void anHttpsUrlOnAPublicAddressIsAcceptedWithTheAddressItResolvedTo() throws Exception {
        UrlPolicy.Checked checked = strict.check("https://hooks.example.com/services/T0/B0/secret?x=1");

        assertThat(checked.host()).isEqualTo("hooks.example.com");
        assertThat(checked.port()).isEqualTo(443);
        assertThat(checked.addresses()).extracting(InetAddress::getHostAddress).containsExactly("93.184.215.14");
        assertThat(UrlPolicy.shown(checked.uri())).isEqualTo("https://hooks.example.com/…");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://hooks.example.com/x", "ftp://hooks.example.com/x", "hooks.example.com/x",
            "https://user:pass@hooks.example.com/x", "https:///x", "https://no-such-host.example/x", "not a url"})
    void urlsThatAreNotHttpsToAKnownHostAreRefused(String url) {
        assertThatThrownBy(() -> strict.check(url)).isInstanceOf(UrlPolicy.RefusedUrlException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/x", "https://[::1]/x", "https://10.0.0.1/x", "https://172.16.5.4/x",
            "https://192.168.1.1/x", "https://169.254.169.254/metadata", "https://168.63.129.16/machine", "https://100.64.0.1/x", "https://0.0.0.0/x",
            "https://[fd00::1]/x", "https://[fe80::1]/x", "https://[::ffff:10.0.0.1]/x", "https://[64:ff9b::a00:1]/x",
            "https://rebinding.example.com/x", "https://intranet.example.com/x", "https://dual.example.com/x"})
    void hostsWithALoopbackPrivateOrLinkLocalAddressAreRefused(String url) {
        assertThatThrownBy(() -> strict.check(url)).isInstanceOf(UrlPolicy.RefusedUrlException.class)
                .hasMessageContaining("PORTCULLIS_DESTINATIONS_ALLOW_PRIVATE");
    }

    @Test
    void anInstallationThatAllowsPrivateReceiversAcceptsThem() throws Exception {
        UrlPolicy lenient = new UrlPolicy(true, RESOLVER);

        assertThat(lenient.check("https://intranet.example.com:8443/hook").port()).isEqualTo(8443);
        assertThat(lenient.check("https://127.0.0.1/hook").addresses()).hasSize(1);
    }

    @Test
    void theRefusalNeverRepeatsTheUrlsPathOrQuery() {
        assertThatThrownBy(() -> strict.check("https://intranet.example.com/services/T0/B0/topsecret?token=abc"))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("topsecret").doesNotContain("abc"));
    }
}
