package dev.portcullis.web.suppressions;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the exceptions page (suppression rules) and of the finding page's links to its rules,
 * {@code {exc:key}} in templates: English in {@code messages/exc_en.properties}, Japanese in
 * {@code messages/exc_ja.properties}.
 */
@MessageBundle(value = "exc", locale = "en")
public interface Exc {

    @Message
    String exceptions_title();

    @Message
    String exceptions_intro();

    @Message
    String exceptions_none();

    @Message
    String col_kind();

    @Message
    String col_check();

    @Message
    String col_applies_to();

    @Message
    String col_reason();

    @Message
    String col_author();

    @Message
    String col_created();

    @Message
    String col_expires();

    @Message
    String col_held();

    @Message
    String held_explained();

    @Message
    String kind_finding();

    @Message
    String kind_resource_group();

    @Message
    String kind_tag();

    @Message
    String any_check();

    @Message
    String never();

    @Message
    String expires_soon(long days);

    @Message
    String expired();

    @Message
    String expired_holds_nothing();

    @Message
    String delete();

    @Message
    String delete_needs_all_tenants();

    @Message
    String done_created();

    @Message
    String done_deleted();

    @Message
    String create_resource_group();

    @Message
    String create_tag();

    @Message
    String field_subscription();

    @Message
    String choose_subscription();

    @Message
    String field_resource_group();

    @Message
    String field_tag();

    @Message
    String field_tag_hint();

    @Message
    String field_check();

    @Message
    String submit_resource_group();

    @Message
    String submit_tag();

    @Message
    String read_only(String role);

    @Message
    String tag_needs_all_tenants();

    @Message
    String no_subscriptions();

    @Message
    String refused_kind();

    @Message
    String refused_not_found(String id);

    @Message
    String refused_check();

    @Message
    String refused_resource_group_required();

    @Message
    String refused_tag_required();

    @Message
    String refused_subscription_required();

    @Message
    String refused_subscription_unknown();

    @Message
    String refused_tag_format();

    @Message
    String refused_too_long(int max);

    @Message
    String refused_role();

    @Message
    String refused_gone();

    @Message
    String finding_rules();

    @Message
    String finding_rule_link();
}
