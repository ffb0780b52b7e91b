-- At most one queued scan per scope (everything, a tenant, a subscription): a request for a scope that already has one
-- answers with it, so no caller can pile up scans. Older duplicates left queued by a stop are failed first, keeping the
-- oldest. A back-dated scan (the demo's history) keeps its instant in as_of, so whichever replica runs it records it so.
update scan s set status = 'FAILED', finished_at = now()
where s.status = 'QUEUED' and exists (
    select 1 from scan o
    where o.status = 'QUEUED' and o.id <> s.id
      and coalesce(o.scope_tenant, '00000000-0000-0000-0000-000000000000') =
          coalesce(s.scope_tenant, '00000000-0000-0000-0000-000000000000')
      and coalesce(o.scope_subscription, '00000000-0000-0000-0000-000000000000') =
          coalesce(s.scope_subscription, '00000000-0000-0000-0000-000000000000')
      and (o.requested_at, o.id) < (s.requested_at, s.id));

create unique index scan_one_queued_per_scope on scan (
    coalesce(scope_tenant, '00000000-0000-0000-0000-000000000000'),
    coalesce(scope_subscription, '00000000-0000-0000-0000-000000000000'))
    where status = 'QUEUED';

alter table scan add column as_of timestamptz;
