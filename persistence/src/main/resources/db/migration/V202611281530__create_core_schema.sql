-- Core schema: onboarded tenants and subscriptions, scans, current VM inventory, findings and their events.
-- ARM ids are matched case-insensitively: every table that is keyed by one stores the lower-cased
-- form (resource_key) for matching and the original form (resource_id) for display.

create table tenant (
    id                        uuid primary key,
    tenant_id                 uuid        not null unique,
    display_name              text        not null,
    cloud_name                text        not null,
    resource_manager_endpoint text        not null,
    authority_host            text        not null,
    credential_type           text        not null,
    client_id                 text,
    client_secret             text,
    created_at                timestamptz not null
);

create table subscription (
    id                       uuid primary key,
    tenant_ref               uuid        not null references tenant (id) on delete cascade,
    subscription_id          uuid        not null unique,
    display_name             text        not null,
    state                    text,
    enabled                  boolean     not null,
    defender_servers_tier    text,
    defender_servers_subplan text,
    created_at               timestamptz not null
);
create index subscription_tenant_idx on subscription (tenant_ref);

create table scan (
    id                 uuid primary key,
    status             text        not null,
    trigger            text        not null,
    scope_tenant       uuid references tenant (id) on delete set null,
    scope_subscription uuid references subscription (id) on delete set null,
    requested_at       timestamptz not null,
    started_at         timestamptz,
    finished_at        timestamptz
);
create index scan_requested_idx on scan (requested_at desc);

create table subscription_scan (
    id               uuid primary key,
    scan_ref         uuid        not null references scan (id) on delete cascade,
    subscription_ref uuid        not null references subscription (id) on delete cascade,
    status           text        not null,
    error            text,
    arm_requests     integer     not null default 0,
    resource_counts  jsonb,
    started_at       timestamptz,
    finished_at      timestamptz,
    duration_ms      bigint
);
create index subscription_scan_scan_idx on subscription_scan (scan_ref);
create index subscription_scan_latest_idx on subscription_scan (subscription_ref, started_at desc);

-- The current inventory only: a row changes when the VM changes and goes when the VM goes.
create table virtual_machine (
    id               uuid primary key,
    subscription_ref uuid        not null references subscription (id) on delete cascade,
    resource_key     text        not null unique,
    resource_id      text        not null,
    name             text        not null,
    resource_group   text        not null,
    location         text,
    os_type          text        not null,
    public_ips       jsonb       not null,
    exposed_ports    jsonb,                 -- null until internet exposure is evaluated
    jit_ports        jsonb       not null,
    jit_status       text        not null,
    first_seen_at    timestamptz not null,
    updated_at       timestamptz not null
);
create index virtual_machine_subscription_idx on virtual_machine (subscription_ref, jit_status);
create index virtual_machine_name_idx on virtual_machine (lower(name));

-- One row per (check, resource) ever seen failing; its state changes in place and every change is an event.
create table finding (
    id               uuid primary key,
    check_id         text        not null,
    resource_key     text        not null,
    resource_id      text        not null,
    resource_name    text        not null,
    subscription_ref uuid        not null references subscription (id) on delete cascade,
    severity         text        not null,
    status           text        not null,
    detail           text,
    first_seen_at    timestamptz not null,
    last_seen_at     timestamptz not null,
    resolved_at      timestamptz,
    reopen_count     integer     not null default 0,
    constraint finding_check_resource_uq unique (check_id, resource_key)
);
create index finding_subscription_status_idx on finding (subscription_ref, status);
create index finding_status_severity_idx on finding (status, severity);
create index finding_resource_idx on finding (resource_key, status);

create table finding_event (
    id          bigserial primary key,
    finding_ref uuid        not null references finding (id) on delete cascade,
    type        text        not null,
    at          timestamptz not null,
    scan_ref    uuid,
    reason      text
);
create index finding_event_finding_idx on finding_event (finding_ref, at);

create table user_account (
    id            uuid primary key,
    username      text        not null unique,
    password_hash text        not null,
    role          text        not null,
    created_at    timestamptz not null
);
