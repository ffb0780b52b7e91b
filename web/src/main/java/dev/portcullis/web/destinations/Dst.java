package dev.portcullis.web.destinations;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the notification destination pages and of the overview's failing destinations, {@code {dst:key}} in
 * templates: English in {@code messages/dst_en.properties}, Japanese in {@code messages/dst_ja.properties}. A bundle of
 * its own, as one bundle of a few hundred keys makes Quarkus generate a resolver that does not verify.
 */
@MessageBundle(value = "dst", locale = "en")
public interface Dst {

    @Message
    String destinations_title();

    @Message
    String destinations_intro();

    @Message
    String destinations_link();

    @Message
    String destinations_none();

    @Message
    String col_name();

    @Message
    String col_type();

    @Message
    String col_where();

    @Message
    String col_events();

    @Message
    String col_min_severity();

    @Message
    String col_last_delivery();

    @Message
    String col_tenants();

    @Message
    String col_event();

    @Message
    String col_status();

    @Message
    String col_attempts();

    @Message
    String col_last_status_code();

    @Message
    String col_last_error();

    @Message
    String col_created();

    @Message
    String col_delivered();

    @Message
    String type_webhook();

    @Message
    String type_slack();

    @Message
    String type_teams();

    @Message
    String type_email();

    @Message
    String event_finding_opened();

    @Message
    String event_finding_reopened();

    @Message
    String event_finding_resolved();

    @Message
    String event_scan_failed();

    @Message
    String event_subscription_stale();

    @Message
    String event_digest();

    @Message
    String event_test();

    @Message
    String status_pending();

    @Message
    String status_delivered();

    @Message
    String status_failed();

    @Message
    String never_delivered();

    @Message
    String all_tenants();

    @Message
    String all_checks();

    @Message
    String create();

    @Message
    String fs_where();

    @Message
    String fs_what();

    @Message
    String field_name();

    @Message
    String field_type();

    @Message
    String field_url();

    @Message
    String field_url_hint();

    @Message
    String field_secret();

    @Message
    String field_secret_hint();

    @Message
    String field_to();

    @Message
    String field_to_hint();

    @Message
    String field_language();

    @Message
    String field_min_severity();

    @Message
    String field_checks();

    @Message
    String field_checks_hint();

    @Message
    String field_events();

    @Message
    String lang_en();

    @Message
    String lang_ja();

    @Message
    String submit();

    @Message
    String delete();

    @Message
    String send_test();

    @Message
    String deliveries();

    @Message
    String back();

    @Message
    String signs();

    @Message
    String yes();

    @Message
    String no();

    @Message
    String created_by();

    @Message
    String created_at();

    @Message
    String updated_at();

    @Message
    String done_created();

    @Message
    String done_deleted();

    @Message
    String done_tested();

    @Message
    String secret_shown_once();

    @Message
    String not_found(String id);

    @Message
    String overview_failing();

    @Message
    String overview_failing_detail();
}
