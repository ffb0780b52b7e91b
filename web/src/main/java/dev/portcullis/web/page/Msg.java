package dev.portcullis.web.page;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The pages' texts, {@code {msg:key}} in templates. The English texts are in {@code messages/msg_en.properties},
 * the Japanese in {@code messages/msg_ja.properties}; the build fails when a template names a missing key.
 */
@MessageBundle(value = "msg", locale = "en")
public interface Msg {

    @Message
    String layout_skip();

    @Message
    String layout_nav();

    @Message
    String layout_sign_out();

    @Message
    String nav_overview();

    @Message
    String nav_tenants();

    @Message
    String nav_vms();

    @Message
    String nav_findings();

    @Message
    String nav_exceptions();

    @Message
    String nav_scans();

    @Message
    String nav_checks();

    @Message
    String login_title();

    @Message
    String login_failed();

    @Message
    String login_throttled(long seconds);

    @Message
    String login_signed_out();

    @Message
    String login_user();

    @Message
    String login_password();

    @Message
    String login_submit();

    @Message
    String error_not_found();

    @Message
    String error_bad_request();

    @Message
    String error_back();

    @Message
    String any();

    @Message
    String apply();

    @Message
    String clear();

    @Message
    String filters();

    @Message
    String none();

    @Message
    String never();

    @Message
    String yes();

    @Message
    String unknown();

    @Message
    String optional();

    @Message
    String not_evaluated();

    @Message
    String copy();

    @Message
    String copied();

    @Message
    String age_minutes(long minutes);

    @Message
    String age_hours(long hours);

    @Message
    String age_days(long days);

    @Message
    String pager();

    @Message
    String pager_previous();

    @Message
    String pager_next();

    @Message
    String pager_position(int page, long pages);

    @Message
    String filter_tenant();

    @Message
    String filter_subscription();

    @Message
    String filter_jit();

    @Message
    String filter_os();

    @Message
    String filter_exposed();

    @Message
    String filter_name();

    @Message
    String filter_sort();

    @Message
    String filter_status();

    @Message
    String filter_severity();

    @Message
    String filter_check();

    @Message
    String filter_not_one_of(String filter, String value, String allowed);

    @Message
    String filter_not_an_id(String filter, String value);

    @Message
    String filter_bad_page(String value);

    @Message
    String filter_too_long(String filter);

    @Message
    String jit_protected();

    @Message
    String jit_partial();

    @Message
    String jit_unprotected();

    @Message
    String jit_not_applicable();

    @Message
    String status_succeeded();

    @Message
    String status_failed();

    @Message
    String status_partial();

    @Message
    String status_running();

    @Message
    String status_queued();

    @Message
    String status_open();

    @Message
    String status_resolved();

    @Message
    String status_suppressed();

    @Message
    String severity_critical();

    @Message
    String severity_high();

    @Message
    String severity_medium();

    @Message
    String severity_low();

    @Message
    String event_opened();

    @Message
    String event_reopened();

    @Message
    String event_resolved();

    @Message
    String event_suppressed();

    @Message
    String event_unsuppressed();

    @Message
    String verdict_pass();

    @Message
    String verdict_fail();

    @Message
    String verdict_unknown();

    @Message
    String plan_p2();

    @Message
    String plan_p1();

    @Message
    String plan_free();

    @Message
    String plan_unknown();

    @Message
    String exposed_yes();

    @Message
    String exposed_no();

    @Message
    String sort_name();

    @Message
    String sort_jit_status();

    @Message
    String sort_most_exposed();

    @Message
    String sort_most_findings();

    @Message
    String col_date();

    @Message
    String col_compliance();

    @Message
    String col_passed();

    @Message
    String col_failed();

    @Message
    String col_new();

    @Message
    String col_resolved();

    @Message
    String col_vm();

    @Message
    String col_exposed_ports();

    @Message
    String col_jit_status();

    @Message
    String col_open_findings();

    @Message
    String col_subscription();

    @Message
    String col_subscriptions();

    @Message
    String col_last_scan();

    @Message
    String col_defender();

    @Message
    String col_os();

    @Message
    String col_public_ips();

    @Message
    String col_jit_ports();

    @Message
    String col_resource_id();

    @Message
    String col_location();

    @Message
    String col_nics();

    @Message
    String col_tags();

    @Message
    String col_last_changed();

    @Message
    String col_port();

    @Message
    String col_ports();

    @Message
    String col_requestor();

    @Message
    String col_justification();

    @Message
    String col_source();

    @Message
    String col_start();

    @Message
    String col_end();

    @Message
    String col_severity();

    @Message
    String col_check();

    @Message
    String col_requirement();

    @Message
    String col_resource();

    @Message
    String col_status();

    @Message
    String col_first_seen();

    @Message
    String col_last_seen();

    @Message
    String col_reopened();

    @Message
    String col_requested();

    @Message
    String col_started();

    @Message
    String col_finished();

    @Message
    String col_trigger();

    @Message
    String col_arm_requests();

    @Message
    String col_runner();

    @Message
    String scan_attempt(int n);

    @Message
    String col_duration();

    @Message
    String col_resources();

    @Message
    String overview_title();

    @Message
    String overview_summary();

    @Message
    String overview_no_tenants();

    @Message
    String welcome_title();

    @Message
    String welcome_what();

    @Message
    String welcome_step_identity();

    @Message
    String welcome_step_onboard();

    @Message
    String welcome_step_findings();

    @Message
    String welcome_onboard();

    @Message
    String welcome_ask();

    @Message
    String overview_bad_range(String range);

    @Message
    String overview_compliance_now();

    @Message
    String overview_compliance_detail(long passed, long failed, java.time.LocalDate date);

    @Message
    String overview_nothing_evaluated();

    @Message
    String overview_open_by_severity();

    @Message
    String overview_last_7_days();

    @Message
    String overview_new();

    @Message
    String overview_resolved();

    @Message
    String overview_defender();

    @Message
    String overview_trend();

    @Message
    String overview_range();

    @Message
    String overview_days(Integer days);

    @Message
    String overview_chart_title(int days);

    @Message
    String overview_data_table();

    @Message
    String overview_carried();

    @Message
    String overview_most_exposed();

    @Message
    String overview_none_exposed();

    @Message
    String overview_attention();

    @Message
    String overview_attention_none();

    @Message
    String overview_scan_failed();

    @Message
    String overview_stale();

    @Message
    String tenants_title();

    @Message
    String tenants_tenant_id(java.util.UUID id);

    @Message
    String tenants_subscriptions_of(String name);

    @Message
    String tenants_disabled();

    @Message
    String tenants_not_scanned();

    @Message
    String tenants_not_p2();

    @Message
    String vms_title();

    @Message
    String vms_total(long total);

    @Message
    String vms_caption();

    @Message
    String vms_none();

    @Message
    String vm_not_found(String id);

    @Message
    String vm_ports();

    @Message
    String vm_internet();

    @Message
    String vm_in_jit();

    @Message
    String vm_max_duration();

    @Message
    String vm_sources();

    @Message
    String vm_reachable();

    @Message
    String vm_not_reachable();

    @Message
    String vm_no_nsg();

    @Message
    String vm_not_in_jit();

    @Message
    String vm_not_required();

    @Message
    String vm_no_duration();

    @Message
    String vm_no_sources();

    @Message
    String vm_ports_note();

    @Message
    String paths_evaluated();

    @Message
    String checks_paths_unread();

    @Message
    String vm_jit_open_port();

    @Message
    String vm_jit_open_for();

    @Message
    String vm_jit_open_until();

    @Message
    String vm_jit_open_by();

    @Message
    String vm_jit_open_reason();

    @Message
    String vm_findings();

    @Message
    String vm_no_findings();

    @Message
    String vm_jit_requests();

    @Message
    String vm_no_jit_requests();

    @Message
    String vm_remediation();

    @Message
    String vm_remediation_formats();

    @Message
    String vm_nothing_to_fix();

    @Message
    String tab_portal();

    @Message
    String finding_not_found(String id);

    @Message
    String finding_detail();

    @Message
    String finding_history();

    @Message
    String finding_suppression();

    @Message
    String findings_title();

    @Message
    String findings_total(long total);

    @Message
    String findings_none();

    @Message
    String findings_stale();

    @Message
    String suppress();

    @Message
    String suppress_reason();

    @Message
    String suppress_expires();

    @Message
    String suppress_until();

    @Message
    String suppress_expired();

    @Message
    String suppress_done();

    @Message
    String unsuppress();

    @Message
    String unsuppress_done();

    @Message
    String unsuppress_explained();

    @Message
    String suppress_resolved();

    @Message
    String suppress_read_only(String role);

    @Message
    String suppress_reason_required();

    @Message
    String suppress_reason_too_long(int max);

    @Message
    String suppress_expiry_future();

    @Message
    String suppress_expiry_format();

    @Message
    String scans_title();

    @Message
    String scans_none();

    @Message
    String scan_title();

    @Message
    String scan_not_found(String id);

    @Message
    String scan_changes();

    @Message
    String scan_failed_no_changes();

    @Message
    String scan_compared_to();

    @Message
    String scan_first();

    @Message
    String scan_no_changes();

    @Message
    String scan_now();

    @Message
    String scan_now_tenant();

    @Message
    String scan_now_vm();

    @Message
    String scan_now_what();

    @Message
    String scan_now_malformed(String id);

    @Message
    String scan_now_needs_operator(String role);

    @Message
    String scan_now_no_tenant(String id);

    @Message
    String scan_now_no_subscription(String id);

    @Message
    String scan_now_too_many(long seconds);

    @Message
    String scan_joined();

    @Message
    String scan_refreshing(int seconds);

    @Message
    String trigger_schedule();

    @Message
    String trigger_api();

    @Message
    String trigger_page();

    @Message
    String trigger_change();

    @Message
    String scan_triggers();

    @Message
    String tenants_last_change();

    @Message
    String tenants_poll_failed();

    @Message
    String col_when();

    @Message
    String col_operation();

    @Message
    String col_caller();

    @Message
    String col_learnt();

    @Message
    String source_event_grid();

    @Message
    String source_activity_log();

    @Message
    String col_changes();

    @Message
    String changes_opened(int n);

    @Message
    String changes_reopened(int n);

    @Message
    String changes_resolved(int n);

    /**
     * Between the counts of one scan's changes. The English one ends in a no-break space: the bundle's lines are
     * stripped of trailing (ASCII) whitespace.
     */
    @Message
    String changes_separator();

    @Message
    String duration_ms(long ms);

    @Message
    String duration_seconds(String seconds);

    @Message
    String duration_minutes(long minutes, long seconds);

    @Message
    String duration_hours(long hours, long minutes);

    @Message
    String checks_title();

    @Message
    String checks_settings(String ports, String duration, String winrm);

    @Message
    String checks_scope_vm();

    @Message
    String checks_scope_subscription();

    @Message
    String checks_scope_scale_set();

    @Message
    String checks_what();

    @Message
    String checks_fails_as();

    @Message
    String checks_risk();

    @Message
    String checks_frameworks();

    @Message
    String checks_open_findings();

    @Message
    String login_sso();

    @Message
    String export_csv();

    @Message
    String export_csv_open_findings();
}
