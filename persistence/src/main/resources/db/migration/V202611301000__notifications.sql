-- Notifications: destinations (where messages go), the outbox (events written in the same transaction as the finding
-- transition or scan result that caused them) and deliveries (one message to one destination, retried until it is
-- delivered or given up).

create table destination (
    id            uuid primary key,
    name          text        not null,
    type          text        not null check (type in ('WEBHOOK', 'SLACK', 'TEAMS', 'EMAIL')),
    -- sealed like tenant secrets: Slack and Teams webhook URLs are credentials in themselves
    url_sealed    text,
    url_shown     text,
    secret_sealed text,
    recipients    text[]      not null default '{}',
    language      text        not null check (language in ('en', 'ja')),
    min_severity  text        not null,
    check_ids     text[]      not null default '{}',
    events        text[]      not null,
    -- the creator's rights when the destination was made; sending also stays within the owner's rights now
    role          text        not null,
    all_tenants   boolean     not null,
    tenants       uuid[]      not null default '{}',
    owner_ref     uuid,
    created_by    text        not null,
    created_at    timestamptz not null,
    updated_at    timestamptz not null
);

create table outbox_event (
    id               uuid primary key,
    type             text        not null,
    occurred_at      timestamptz not null,
    tenant_ref       uuid        not null references tenant (id) on delete cascade,
    subscription_ref uuid references subscription (id) on delete cascade,
    finding_ref      uuid references finding (id) on delete cascade,
    scan_ref         uuid references scan (id) on delete cascade,
    -- the finding as the transition saw it (the finding may change again before the message goes)
    check_id         text,
    severity         text,
    resource_id      text,
    resource_name    text,
    detail           text,
    dispatched_at    timestamptz
);
create index outbox_event_undispatched_idx on outbox_event (occurred_at) where dispatched_at is null;

create table delivery (
    id               uuid primary key,
    destination_ref  uuid        not null references destination (id) on delete cascade,
    -- the outbox event's id, or a digest's or test message's own: the receiver's Idempotency-Key
    event_id         uuid        not null,
    event_type       text        not null,
    event_count      integer     not null default 1,
    scan_ref         uuid,
    body             jsonb       not null,
    status           text        not null check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts         integer     not null default 0,
    next_attempt_at  timestamptz not null,
    lease_until      timestamptz,
    last_status_code integer,
    last_error       text,
    created_at       timestamptz not null,
    delivered_at     timestamptz,
    unique (destination_ref, event_id)
);
create index delivery_due_idx on delivery (next_attempt_at) where status = 'PENDING';
create index delivery_destination_idx on delivery (destination_ref, created_at desc);
