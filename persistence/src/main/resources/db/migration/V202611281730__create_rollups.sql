-- Rollups: what each check said about each subscription, per subscription scan and per day. Trends read these, so
-- they never scan findings or events; a day without a scan is carried forward from the last known day at query time.

create table scan_rollup (
    subscription_scan_ref uuid        not null references subscription_scan (id) on delete cascade,
    subscription_ref      uuid        not null references subscription (id) on delete cascade,
    check_id              text        not null,
    scanned_at            timestamptz not null,
    passed                integer     not null,
    failed                integer     not null,
    not_applicable        integer     not null,
    suppressed            integer     not null,
    primary key (subscription_scan_ref, check_id)
);

-- The day's last successful scan sets the counts; new and resolved findings add up over the day's scans.
-- Kept when scans and events are purged, so trends survive retention.
create table daily_rollup (
    subscription_ref  uuid    not null references subscription (id) on delete cascade,
    check_id          text    not null,
    day               date    not null,
    passed            integer not null,
    failed            integer not null,
    not_applicable    integer not null,
    suppressed        integer not null,
    new_findings      integer not null,
    resolved_findings integer not null,
    primary key (subscription_ref, check_id, day)
);
create index daily_rollup_day_idx on daily_rollup (day);
