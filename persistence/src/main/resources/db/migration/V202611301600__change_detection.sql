-- Change detection: what Azure reported changing in each subscription (its activity log, polled; Event Grid, pushed),
-- and where each subscription's polling stands. A change that can alter a verdict asks for a scan of its subscription
-- (trigger CHANGE); the scan it led to is kept with it, so the scan's page can say what set it off.

create table change_feed (
    subscription_ref     uuid primary key references subscription (id) on delete cascade,
    -- the start of the last poll that succeeded: the next one looks back from there (PollWindow)
    last_good_poll_start timestamptz,
    last_poll_at         timestamptz,
    -- the last poll's failure, as ARM told it; null once a poll succeeds again
    last_poll_error      text,
    failed_polls         integer not null default 0,
    -- when the latest change that mattered happened (its own time, not when Portcullis learnt of it)
    last_change_at       timestamptz
);

create table change_event (
    id               uuid primary key,
    subscription_ref uuid not null references subscription (id) on delete cascade,
    -- ChangeEvent.identity(): the same change told twice (an overlapping poll, or both sources) is kept once
    identity         text not null,
    source           text not null,
    source_id        text,
    operation        text not null,
    resource_id      text,
    caller           text,
    occurred_at      timestamptz not null,
    received_at      timestamptz not null,
    scan_ref         uuid references scan (id) on delete set null,
    constraint change_event_once unique (subscription_ref, identity)
);

create index change_event_scan_idx on change_event (scan_ref) where scan_ref is not null;
create index change_event_received_idx on change_event (received_at);
