package dev.portcullis.persistence.change;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.engine.change.ChangeEvent;
import dev.portcullis.engine.change.ChangeSource;
import dev.portcullis.persistence.testing.TestEstate;
import dev.portcullis.persistence.testing.TestEstate.RowBuilder;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Changes Azure reported, recorded once whoever tells them, and where each subscription's polling stands. */
@QuarkusTest
class ChangeFeedsTest {

    private static final Instant AT = Instant.parse("2026-11-30T08:00:00Z");

    @Inject
    TestEstate estate;

    @Inject
    ChangeFeeds feeds;

    private UUID subscriptionRef;
    private UUID subscriptionId;
    private String nsg;

    @BeforeEach
    void seed() {
        estate.reset();
        RowBuilder tenant = estate.tenant("Contoso").insert();
        RowBuilder subscription = estate.subscription((UUID) tenant.get("id"), "Production").insert();
        subscriptionRef = (UUID) subscription.get("id");
        subscriptionId = (UUID) subscription.get("subscription_id");
        nsg = "/subscriptions/" + subscriptionId + "/resourceGroups/rg/providers/Microsoft.Network/"
                + "networkSecurityGroups/nsg-web";
    }

    private ChangeEvent write(ChangeSource source, String sourceId, String correlationId, Instant at) {
        return new ChangeEvent(source, sourceId, correlationId, "Microsoft.Network/networkSecurityGroups/write",
                "Succeeded", nsg, subscriptionId.toString(), "alice@contoso.com", at);
    }

    @Test
    void aChangeToldAgainByAnOverlappingPollOrByTheOtherSourceIsRecordedOnce() {
        List<ChangeFeeds.Recorded> first = feeds.record(subscriptionRef,
                List.of(write(ChangeSource.ACTIVITY_LOG, "log-1", "corr-1", AT)), AT.plusSeconds(60));
        List<ChangeFeeds.Recorded> again = feeds.record(subscriptionRef,
                List.of(write(ChangeSource.ACTIVITY_LOG, "log-1", "corr-1", AT)), AT.plusSeconds(120));
        List<ChangeFeeds.Recorded> pushed = feeds.record(subscriptionRef,
                List.of(write(ChangeSource.EVENT_GRID, "grid-7", "CORR-1", AT)), AT.plusSeconds(5));
        List<ChangeFeeds.Recorded> another = feeds.record(subscriptionRef,
                List.of(write(ChangeSource.ACTIVITY_LOG, "log-2", "corr-2", AT.plusSeconds(30))), AT.plusSeconds(120));

        assertThat(first).hasSize(1);
        assertThat(again).isEmpty();
        assertThat(pushed).isEmpty();
        assertThat(another).extracting(r -> r.event().sourceId()).containsExactly("log-2");
        assertThat(feeds.status(subscriptionRef).orElseThrow().lastChangeAt()).isEqualTo(AT.plusSeconds(30));
    }

    @Test
    void aFailedPollKeepsItsErrorUntilAPollSucceedsAndTheWindowOnlyMovesForward() {
        feeds.polled(subscriptionRef, AT, AT.plusSeconds(2));
        feeds.pollFailed(subscriptionRef, "403 AuthorizationFailed", AT.plusSeconds(62));
        feeds.pollFailed(subscriptionRef, "403 AuthorizationFailed", AT.plusSeconds(122));

        ChangeFeeds.FeedStatus failing = feeds.status(subscriptionRef).orElseThrow();
        assertThat(failing.lastPollError()).isEqualTo("403 AuthorizationFailed");
        assertThat(failing.failedPolls()).isEqualTo(2);
        assertThat(failing.lastGoodPollStart()).isEqualTo(AT);

        feeds.polled(subscriptionRef, AT.plusSeconds(180), AT.plusSeconds(181));
        feeds.polled(subscriptionRef, AT.plusSeconds(100), AT.plusSeconds(200));
        ChangeFeeds.FeedStatus good = feeds.status(subscriptionRef).orElseThrow();
        assertThat(good.lastPollError()).isNull();
        assertThat(good.failedPolls()).isZero();
        assertThat(good.lastGoodPollStart()).as("a slower poll finishing late").isEqualTo(AT.plusSeconds(180));
        assertThat(feeds.feed(subscriptionId).orElseThrow().lastGoodPollStart()).isEqualTo(AT.plusSeconds(180));
    }

    @Test
    void onlyScannedSubscriptionsOfLiveTenantsAreFed() {
        RowBuilder other = estate.tenant("Gone").insert();
        estate.subscription((UUID) other.get("id"), "Old").insert();
        estate.execute("update tenant set offboarded_at = now() where id = :id", Map.of("id", other.get("id")));
        RowBuilder live = estate.tenant("Fabrikam").insert();
        estate.subscription((UUID) live.get("id"), "Stopped").set("enabled", false).insert();

        assertThat(feeds.feeds()).extracting(ChangeFeeds.Feed::subscriptionRef).containsExactly(subscriptionRef);
        assertThat(feeds.feed(UUID.randomUUID())).isEmpty();
    }
}
