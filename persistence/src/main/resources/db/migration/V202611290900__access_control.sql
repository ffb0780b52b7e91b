-- Access control: three roles, each account and API token scoped to a set of tenants (by Entra tenant id, so a
-- scope can name a tenant before it is onboarded and survives re-onboarding) or to all of them, login lockout,
-- API tokens stored as hashes only, and an append-only audit log.

update user_account set role = upper(role);
alter table user_account
    add column all_tenants   boolean not null default false,
    add column tenants       uuid[]  not null default '{}',
    add column failed_logins integer not null default 0,
    add column locked_until  timestamptz,
    add column updated_at    timestamptz;
update user_account set all_tenants = true where role = 'ADMIN';
alter table user_account
    add constraint user_account_role check (role in ('ADMIN', 'OPERATOR', 'VIEWER'));

create table api_token (
    id           uuid primary key,
    name         text        not null,
    token_hash   text        not null unique,  -- SHA-256 of the token, hex; the token itself is shown once
    role         text        not null check (role in ('ADMIN', 'OPERATOR', 'VIEWER')),
    all_tenants  boolean     not null,
    tenants      uuid[]      not null,
    owner_ref    uuid        not null references user_account (id) on delete cascade,
    created_at   timestamptz not null,
    expires_at   timestamptz not null,
    revoked_at   timestamptz,
    last_used_at timestamptz
);
create index api_token_owner_idx on api_token (owner_ref);

create table audit_event (
    id             bigint generated always as identity primary key,
    at             timestamptz not null,
    actor          text        not null,
    action         text        not null,
    outcome        text        not null check (outcome in ('SUCCESS', 'FAILURE', 'DENIED')),
    target         text,
    detail         text,
    source_address text
);
create index audit_event_at_idx on audit_event (at desc, id desc);

create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end $$;
create trigger audit_event_no_update_or_delete before update or delete on audit_event
    for each row execute function audit_event_append_only();
