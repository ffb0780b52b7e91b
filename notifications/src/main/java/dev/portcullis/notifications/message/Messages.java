package dev.portcullis.notifications.message;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portcullis.engine.checks.CheckCatalogue;
import dev.portcullis.engine.notification.DestinationType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Renders messages for every destination type: the webhook's machine-readable body ({@link WebhookBody}, the same in
 * every language), and for people ({@link HumanMessages}, in {@code en} or {@code ja}) a Slack Block Kit payload
 * ({@link SlackMessage}), a Teams Adaptive Card ({@link TeamsCard}) or an email ({@link EmailMessage}). A language
 * other than {@code ja} gets English.
 */
@ApplicationScoped
public class Messages implements MessageRendering {

    private final WebhookBody webhook;
    private final HumanMessages human;
    private final SlackMessage slack;
    private final TeamsCard teams;
    private final EmailMessage email;

    /** {@code mapper} is the application's: the webhook's {@code finding} then matches the API's JSON. */
    @Inject
    public Messages(ObjectMapper mapper, CheckCatalogue catalogue, PublicLinks links) {
        this.webhook = new WebhookBody(mapper, links);
        this.human = new HumanMessages(catalogue, links);
        this.slack = new SlackMessage(mapper);
        this.teams = new TeamsCard(mapper);
        this.email = new EmailMessage(mapper);
    }

    @Override
    public String render(Message message, DestinationType type, String language) {
        return switch (type) {
            case WEBHOOK -> webhook.render(message);
            case SLACK -> slack.render(human.tell(message, language));
            case TEAMS -> teams.render(human.tell(message, language));
            case EMAIL -> email.render(human.tell(message, language));
        };
    }
}
