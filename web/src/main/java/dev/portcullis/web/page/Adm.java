package dev.portcullis.web.page;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of access administration and onboarding pages, {@code {adm:key}} in templates: English in
 * {@code messages/adm_en.properties}, Japanese in {@code messages/adm_ja.properties}. A bundle of its own, as one
 * bundle of a few hundred keys makes Quarkus generate a resolver that does not verify.
 */
@MessageBundle(value = "adm", locale = "en")
public interface Adm {

    @Message
    String nav_tokens();

    @Message
    String nav_users();

    @Message
    String nav_audit();

    @Message
    String all_tenants();

    @Message
    String col_role();

    @Message
    String col_tenants();

    @Message
    String col_username();

    @Message
    String col_locked();

    @Message
    String users_title();

    @Message
    String users_actions();

    @Message
    String users_change();

    @Message
    String users_create();

    @Message
    String users_password(int min);

    @Message
    String users_new_password(int min);

    @Message
    String users_save();

    @Message
    String users_unlock();

    @Message
    String users_delete();

    @Message
    String users_delete_confirm(String name);

    @Message
    String users_delete_mismatch(String name);

    @Message
    String users_done_created();

    @Message
    String users_done_changed();

    String users_done_tokens_revoked();

    String col_tokens();

    String users_revoke_tokens();

    String tokens_revoke_all();

    @Message
    String users_done_unlocked();

    @Message
    String users_done_deleted();

    @Message
    String tokens_title();

    @Message
    String tokens_shown_once();

    @Message
    String tokens_done_revoked();

    @Message
    String tokens_name();

    @Message
    String tokens_owner();

    @Message
    String tokens_expires();

    @Message
    String tokens_last_used();

    @Message
    String tokens_revoked();

    @Message
    String tokens_expired();

    @Message
    String tokens_revoke();

    @Message
    String tokens_create();

    @Message
    String audit_title();

    @Message
    String audit_count(long total);

    @Message
    String audit_at();

    @Message
    String audit_actor();

    @Message
    String audit_action();

    @Message
    String audit_outcome();

    @Message
    String audit_target();

    @Message
    String audit_detail();

    @Message
    String audit_from();

    @Message
    String audit_export_csv();

    @Message
    String audit_export_json();

    @Message
    String onboard_title();

    @Message
    String onboard_choose();

    @Message
    String onboard_choose_explained();

    @Message
    String onboard_choose_submit();

    @Message
    String onboard_cloud();

    @Message
    String onboard_cloud_azure();

    @Message
    String onboard_cloud_china();

    @Message
    String onboard_cloud_usgov();

    @Message
    String onboard_cloud_custom();

    @Message
    String onboard_credential_type();

    @Message
    String onboard_type_client_secret();

    @Message
    String onboard_type_client_certificate();

    @Message
    String onboard_type_workload_identity();

    @Message
    String onboard_type_managed_identity();

    @Message
    String onboard_type_azure_cli();

    @Message
    String onboard_type_none();

    @Message
    String onboard_server_types_withheld();

    @Message
    String onboard_identity();

    @Message
    String onboard_identity_explained(String scope);

    @Message
    String onboard_no_identity();

    @Message
    String onboard_recipe(String type);

    @Message
    String onboard_details();

    @Message
    String onboard_fs_tenant();

    @Message
    String onboard_fs_endpoints();

    @Message
    String onboard_fs_scope();

    @Message
    String onboard_scope_all();

    @Message
    String onboard_fs_credential();

    @Message
    String onboard_change_choice();

    @Message
    String onboard_display_name();

    @Message
    String onboard_tenant_id();

    @Message
    String onboard_tenant_id_hint();

    @Message
    String onboard_mg();

    @Message
    String onboard_mg_hint();

    @Message
    String onboard_arm_endpoint();

    @Message
    String onboard_arm_endpoint_hint();

    @Message
    String onboard_authority();

    @Message
    String onboard_authority_hint();

    @Message
    String onboard_client_id();

    @Message
    String onboard_client_id_hint_app();

    @Message
    String onboard_client_id_hint_workload();

    @Message
    String onboard_client_id_hint_managed();

    @Message
    String onboard_client_secret();

    @Message
    String onboard_client_secret_hint();

    @Message
    String onboard_certificate();

    @Message
    String onboard_certificate_hint();

    @Message
    String onboard_token_file();

    @Message
    String onboard_no_fields_cli();

    @Message
    String onboard_no_fields_none();

    @Message
    String onboard_submit();

    @Message
    String onboard_refused();

    @Message
    String onboard_discovery_failed(String reason);

    @Message
    String tenant_not_found(String id);

    @Message
    String checked_title(String name);

    @Message
    String checked_onboarded();

    String checked_conflicts();

    @Message
    String checked_explained();

    @Message
    String checked_complete();

    @Message
    String checked_incomplete();

    @Message
    String checked_action();

    @Message
    String checked_status();

    @Message
    String checked_granted();

    @Message
    String checked_missing();

    @Message
    String checked_failed();

    @Message
    String checked_role();

    @Message
    String checked_fix();

    @Message
    String checked_again();

    @Message
    String tenants_onboard();

    @Message
    String tenants_check();

    @Message
    String tenants_done_enabled();

    @Message
    String tenants_done_disabled();

    @Message
    String tenants_done_offboarded();

    @Message
    String tenants_enable();

    @Message
    String tenants_disable();

    @Message
    String tenants_removed();

    @Message
    String tenants_offboarded();

    @Message
    String tenants_offboard();

    @Message
    String tenants_offboard_history();

    @Message
    String tenants_offboard_keep();

    @Message
    String tenants_offboard_purge();

    @Message
    String tenants_offboard_confirm(String tenantId);

    @Message
    String tenants_offboard_refused(String tenantId);

    @Message
    String tenants_rotate();

    @Message
    String tenants_rotate_type();

    @Message
    String tenants_done_rotated();

    @Message
    String tenants_rotate_refused(String reason);
}
