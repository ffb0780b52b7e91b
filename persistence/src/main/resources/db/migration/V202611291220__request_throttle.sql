-- Throttles shared by every replica: hits per bucket (a client address's failed sign-ins, a caller's scan requests) in
-- fixed windows. Counting happens in one upsert, so two replicas cannot both let the same hit through.
create table request_throttle (
    bucket       text        not null,
    window_start timestamptz not null,
    hits         integer     not null,
    primary key (bucket, window_start)
);
create index request_throttle_window_idx on request_throttle (window_start);
