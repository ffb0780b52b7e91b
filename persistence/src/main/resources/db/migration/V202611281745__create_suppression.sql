-- Suppressions: accepted risks. Exactly one scope per row: a resource (with its check), a resource group of a
-- subscription, or a tag key=value (each optionally limited to one check). They apply at each scan of the
-- subscription while not expired.
create table suppression (
    id              uuid primary key,
    check_id        text,
    resource_key    text,
    resource_id     text,
    subscription_id uuid,
    resource_group  text,
    tag_key         text,
    tag_value       text,
    reason          text        not null,
    author          text        not null,
    created_at      timestamptz not null,
    expires_at      timestamptz,
    constraint suppression_one_scope check (
        (resource_key is not null)::int + (resource_group is not null)::int + (tag_key is not null)::int = 1)
);
