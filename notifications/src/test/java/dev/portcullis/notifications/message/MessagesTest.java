package dev.portcullis.notifications.message;

import static dev.portcullis.notifications.message.NoticeBuilder.aNotice;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portcullis.engine.notification.DestinationType;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MessagesTest {

    static Stream<Arguments> everyFormKindAndLanguage() {
        List<Message> kinds = List.of(
                new Message.Single(aNotice().opened().build()),
                new Message.Single(aNotice().reopened().severity("LOW").build()),
                new Message.Single(aNotice().resolved().withoutView().build()),
                new Message.Single(aNotice().scanFailed("1 of 1 subscriptions failed").build()),
                new Message.Single(aNotice().subscriptionStale("Interrupted").withoutScan().build()),
                new Message.Digest(UUID.randomUUID(), NoticeBuilder.SCAN, "PARTIAL", NoticeBuilder.AT,
                        IntStream.range(0, 22).mapToObj(i -> i % 7 == 0
                                ? aNotice().id(UUID.randomUUID()).subscriptionStale("timeout").build()
                                : aNotice().id(UUID.randomUUID()).findingId(UUID.randomUUID()).build()).toList()),
                new Message.Test(UUID.randomUUID(), NoticeBuilder.AT, "SecOps"));
        List<Arguments> all = new ArrayList<>();
        for (DestinationType type : DestinationType.values()) {
            for (Message kind : kinds) {
                for (String language : List.of("en", "ja")) {
                    all.add(Arguments.of(type, kind, language));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("everyFormKindAndLanguage")
    void everyFormRendersEveryKindOfMessageInBothLanguagesAsAJsonObject(DestinationType type, Message message,
                                                                      String language) {
        JsonNode rendered = Fixtures.render(message, type, language);

        assertThat(rendered.isObject()).isTrue();
        String expectedKey = switch (type) {
            case WEBHOOK -> "id";
            case SLACK -> "blocks";
            case TEAMS -> "attachments";
            case EMAIL -> "html";
        };
        assertThat(rendered.has(expectedKey)).isTrue();
        if (type != DestinationType.WEBHOOK) {
            // no "null" or unreplaced "{parameter}" leaks into what people read
            assertThat(Fixtures.strings(rendered)).noneMatch(text -> text.matches("(?s).*\\{[a-z]+}.*"))
                    .noneMatch(text -> text.contains("null"));
        }
    }
}
