package dev.portcullis.notifications.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublicLinksTest {

    private static final UUID ID = UUID.fromString("f0000000-0000-4000-8000-000000000001");

    @Test
    void unsetPublicUrlFallsBackToLocalhost() {
        assertThat(new PublicLinks(null).finding(ID)).isEqualTo("http://localhost:8080/findings/" + ID);
        assertThat(new PublicLinks(" ").scan(ID)).isEqualTo("http://localhost:8080/scans/" + ID);
    }

    @Test
    void pagesHangUnderThePublicUrlAndItsPathWithoutDoubleSlashes() {
        PublicLinks links = new PublicLinks("https://example.com/portcullis//");

        assertThat(links.finding(ID)).isEqualTo("https://example.com/portcullis/findings/" + ID);
        assertThat(links.tenants()).isEqualTo("https://example.com/portcullis/tenants");
    }

    @Test
    void vmPageIsAddressedByItsEncodedArmIdAndOnlyForVirtualMachines() {
        PublicLinks links = new PublicLinks("https://p.example");
        String vm = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm 1&x";

        assertThat(links.vm(vm)).hasValue("https://p.example/vm?id=%2Fsubscriptions%2Fs%2FresourceGroups%2Frg"
                + "%2Fproviders%2FMicrosoft.Compute%2FvirtualMachines%2Fvm+1%26x");
        assertThat(links.vm(vm.toUpperCase())).isPresent();
        assertThat(links.vm("/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachineScaleSets/v"))
                .isEmpty();
        assertThat(links.vm("/subscriptions/s")).isEmpty();
        assertThat(links.vm(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"portcullis.example.com", "ftp://portcullis.example.com", "https://",
            "https://p.example/?a=b", "https://user:pw@p.example", "javascript:alert(1)"})
    void aPublicUrlThatIsNotAnHttpAddressStopsTheStart(String url) {
        assertThatThrownBy(() -> new PublicLinks(url)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("portcullis.public-url");
    }
}
