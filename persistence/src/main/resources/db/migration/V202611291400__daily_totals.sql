-- Per-day totals of the daily rollups, per tenant and over every tenant, so that a trend without a check or
-- subscription filter reads one row per day instead of one per (subscription, check, day).
--
-- What a row holds. A trend carries each (subscription, check) forward: on day D it counts the pair's latest rollup
-- row on or before D. A row here holds how that carried total CHANGES on its day: for every rollup row of the day,
-- its counts minus those of the pair's previous row (or the whole counts, for a pair's first row), summed; plus the
-- day's new and resolved findings and the number of rollup rows of the day. The trend on D is then the sum of the
-- changes up to D, a day with rollups = 0 is carried, and a day before any row is left out: exactly what the query
-- over daily_rollup answers (TrendQueries), for any range.
--
-- Who keeps them. The triggers below, in the transaction that writes the rollups (the ledger's apply): whichever
-- code writes daily_rollup (this version's ledger, the previous version's on a replica not yet upgraded, a repair by
-- hand, the cascade of a purged tenant), the totals follow in the same commit.
--
-- Why concurrent applies keep them exact (two replicas apply scans of different subscriptions at once):
--  * A trigger reads only the rollup rows of the subscriptions its statement changed, and those are written by one
--    transaction at a time: the ledger holds the subscription's advisory lock ("apply subscription <id>") from
--    before it reads until it commits, and each statement of a READ COMMITTED transaction sees every earlier commit.
--    So what it adds is exactly how the statement changed its subscriptions' contribution to each day.
--  * It adds those changes with INSERT ... ON CONFLICT DO UPDATE SET x = x + change. Under READ COMMITTED a
--    conflicting row is locked and the addition applied to its latest committed version, waiting for a concurrent
--    writer if need be: no addition is lost, additions commute, and a rolled-back apply takes its own away with it.
--    No total is ever recomputed from a snapshot, which could miss a concurrent commit.
--  * Every transaction locks total rows in one order, its tenant's rows by day then the overall rows by day, so
--    applies never deadlock on them. The rows of most days are written by no one any more; the current day's overall
--    row is the one applies queue for, for the few milliseconds between their rollup write and their commit (an
--    unchanged rescan adds nothing and does not touch it).
-- Deleting a subscription (purging its tenant) first deletes its rollups inside a BEFORE DELETE trigger, while its
-- tenant is still known, so the statement trigger takes its whole contribution away. The subscription row is locked
-- before that trigger runs; an apply in progress on it holds the row (FOR KEY SHARE, taken by its first insert that
-- references the subscription) until it commits, so the delete sees all of it, and an apply that starts after can no
-- longer insert anything referencing the subscription.
--
-- One limit: a single INSERT ... ON CONFLICT DO UPDATE statement must not both insert and update rows of the same
-- (subscription, check), because its insert and update triggers each see the other's rows as already there. The
-- ledger writes one row per check per statement (the checks of one subscription scan are distinct).
--
-- No foreign key to tenant: a purge removes a tenant's totals through the subtraction above (a row left with no
-- rollup is deleted), and an apply must not need the tenant row (a purge holds it) to add to its own totals.

create table tenant_daily_total (
    tenant_ref            uuid   not null,
    day                   date   not null,
    passed_change         bigint not null,
    failed_change         bigint not null,
    not_applicable_change bigint not null,
    suppressed_change     bigint not null,
    new_findings          bigint not null,
    resolved_findings     bigint not null,
    rollups               bigint not null,
    primary key (tenant_ref, day)
);

create table daily_total (
    day                   date   primary key,
    passed_change         bigint not null,
    failed_change         bigint not null,
    not_applicable_change bigint not null,
    suppressed_change     bigint not null,
    new_findings          bigint not null,
    resolved_findings     bigint not null,
    rollups               bigint not null
);

-- Adds to the totals how a statement changed daily_rollup: old_rows are the rows before it (updated or deleted),
-- new_rows after it (inserted or updated). For each (subscription, check) it touched, the days whose change can
-- differ lie between the pair's last untouched row before its first touched day and its first untouched row after its
-- last touched day; those rows are the same before and after the statement, so the window's change per day,
-- computed once from the table as it is now and once as it was, differs exactly where the totals must.
create function daily_totals_apply(old_rows daily_rollup[], new_rows daily_rollup[]) returns void
    language plpgsql as $$
declare
    changes tenant_daily_total[];
begin
    if coalesce(cardinality(old_rows), 0) + coalesce(cardinality(new_rows), 0) = 0 then
        return;
    end if;
    with touched as (
        select o.subscription_ref, o.check_id, o.day from unnest(old_rows) o
        union
        select n.subscription_ref, n.check_id, n.day from unnest(new_rows) n),
    pairs as (
        select t.subscription_ref, t.check_id, s.tenant_ref, min(t.day) as first_day, max(t.day) as last_day
          from touched t join subscription s on s.id = t.subscription_ref
         group by t.subscription_ref, t.check_id, s.tenant_ref),
    windows as (
        select p.subscription_ref, p.check_id, p.tenant_ref,
               coalesce((select max(r.day) from daily_rollup r
                          where r.subscription_ref = p.subscription_ref and r.check_id = p.check_id
                            and r.day < p.first_day), p.first_day) as lo,
               coalesce((select min(r.day) from daily_rollup r
                          where r.subscription_ref = p.subscription_ref and r.check_id = p.check_id
                            and r.day > p.last_day), p.last_day) as hi
          from pairs p),
    now_rows as (
        select w.tenant_ref, r.subscription_ref, r.check_id, r.day, r.passed, r.failed, r.not_applicable,
               r.suppressed, r.new_findings, r.resolved_findings
          from windows w join daily_rollup r
            on r.subscription_ref = w.subscription_ref and r.check_id = w.check_id and r.day between w.lo and w.hi),
    then_rows as (
        select * from now_rows a
         where not exists (select 1 from unnest(new_rows) n
                            where n.subscription_ref = a.subscription_ref and n.check_id = a.check_id
                              and n.day = a.day)
        union all
        select w.tenant_ref, o.subscription_ref, o.check_id, o.day, o.passed, o.failed, o.not_applicable,
               o.suppressed, o.new_findings, o.resolved_findings
          from unnest(old_rows) o join windows w on w.subscription_ref = o.subscription_ref and w.check_id = o.check_id),
    signed as (
        select tenant_ref, day,
               passed - coalesce(lag(passed) over pair, 0) as passed,
               failed - coalesce(lag(failed) over pair, 0) as failed,
               not_applicable - coalesce(lag(not_applicable) over pair, 0) as not_applicable,
               suppressed - coalesce(lag(suppressed) over pair, 0) as suppressed,
               new_findings, resolved_findings, 1 as rollups
          from now_rows window pair as (partition by subscription_ref, check_id order by day)
        union all
        select tenant_ref, day,
               -(passed - coalesce(lag(passed) over pair, 0)),
               -(failed - coalesce(lag(failed) over pair, 0)),
               -(not_applicable - coalesce(lag(not_applicable) over pair, 0)),
               -(suppressed - coalesce(lag(suppressed) over pair, 0)),
               -new_findings, -resolved_findings, -1
          from then_rows window pair as (partition by subscription_ref, check_id order by day)),
    summed as (
        select tenant_ref, day, sum(passed) as passed, sum(failed) as failed, sum(not_applicable) as not_applicable,
               sum(suppressed) as suppressed, sum(new_findings) as new_findings,
               sum(resolved_findings) as resolved_findings, sum(rollups) as rollups
          from signed group by tenant_ref, day)
    select array_agg(row(tenant_ref, day, passed, failed, not_applicable, suppressed, new_findings,
                         resolved_findings, rollups)::tenant_daily_total order by tenant_ref, day)
      into changes
      from summed
     where passed <> 0 or failed <> 0 or not_applicable <> 0 or suppressed <> 0 or new_findings <> 0
        or resolved_findings <> 0 or rollups <> 0;
    if changes is null then
        return;
    end if;

    insert into tenant_daily_total as t
    select * from unnest(changes) c order by c.tenant_ref, c.day
        on conflict (tenant_ref, day) do update set
            passed_change = t.passed_change + excluded.passed_change,
            failed_change = t.failed_change + excluded.failed_change,
            not_applicable_change = t.not_applicable_change + excluded.not_applicable_change,
            suppressed_change = t.suppressed_change + excluded.suppressed_change,
            new_findings = t.new_findings + excluded.new_findings,
            resolved_findings = t.resolved_findings + excluded.resolved_findings,
            rollups = t.rollups + excluded.rollups;
    insert into daily_total as t
    select c.day, sum(c.passed_change), sum(c.failed_change), sum(c.not_applicable_change),
           sum(c.suppressed_change), sum(c.new_findings), sum(c.resolved_findings), sum(c.rollups)
      from unnest(changes) c group by c.day order by c.day
        on conflict (day) do update set
            passed_change = t.passed_change + excluded.passed_change,
            failed_change = t.failed_change + excluded.failed_change,
            not_applicable_change = t.not_applicable_change + excluded.not_applicable_change,
            suppressed_change = t.suppressed_change + excluded.suppressed_change,
            new_findings = t.new_findings + excluded.new_findings,
            resolved_findings = t.resolved_findings + excluded.resolved_findings,
            rollups = t.rollups + excluded.rollups;
    -- a day left without any rollup row holds no change at all (its rows are locked by this transaction already)
    delete from tenant_daily_total t using unnest(changes) c
     where t.tenant_ref = c.tenant_ref and t.day = c.day and t.rollups = 0;
    delete from daily_total t where t.day in (select c.day from unnest(changes) c) and t.rollups = 0;
end $$;

create function daily_rollup_inserted() returns trigger language plpgsql as $$
begin
    perform daily_totals_apply(null, (select array_agg(row(n.*)::daily_rollup) from new_rows n));
    return null;
end $$;

create function daily_rollup_updated() returns trigger language plpgsql as $$
begin
    perform daily_totals_apply((select array_agg(row(o.*)::daily_rollup) from old_rows o),
                               (select array_agg(row(n.*)::daily_rollup) from new_rows n));
    return null;
end $$;

create function daily_rollup_deleted() returns trigger language plpgsql as $$
begin
    perform daily_totals_apply((select array_agg(row(o.*)::daily_rollup) from old_rows o), null);
    return null;
end $$;

create function subscription_deleting() returns trigger language plpgsql as $$
begin
    -- before the row goes, so that daily_rollup_deleted still finds the subscription's tenant
    delete from daily_rollup where subscription_ref = old.id;
    return old;
end $$;

-- The triggers first: creating them waits for the rollup writes in progress and holds off new ones until this
-- migration commits, so the backfill below reads a state no write slips past.
create trigger daily_rollup_totals_insert after insert on daily_rollup
    referencing new table as new_rows for each statement execute function daily_rollup_inserted();
create trigger daily_rollup_totals_update after update on daily_rollup
    referencing old table as old_rows new table as new_rows for each statement execute function daily_rollup_updated();
create trigger daily_rollup_totals_delete after delete on daily_rollup
    referencing old table as old_rows for each statement execute function daily_rollup_deleted();
create trigger subscription_totals_delete before delete on subscription
    for each row execute function subscription_deleting();

-- Backfill from the rollups kept so far.
insert into tenant_daily_total (tenant_ref, day, passed_change, failed_change, not_applicable_change,
                                suppressed_change, new_findings, resolved_findings, rollups)
select s.tenant_ref, r.day, sum(r.passed - coalesce(r.previous_passed, 0)),
       sum(r.failed - coalesce(r.previous_failed, 0)),
       sum(r.not_applicable - coalesce(r.previous_not_applicable, 0)),
       sum(r.suppressed - coalesce(r.previous_suppressed, 0)), sum(r.new_findings), sum(r.resolved_findings), count(*)
  from (select subscription_ref, day, passed, failed, not_applicable, suppressed, new_findings, resolved_findings,
               lag(passed) over pair as previous_passed, lag(failed) over pair as previous_failed,
               lag(not_applicable) over pair as previous_not_applicable,
               lag(suppressed) over pair as previous_suppressed
          from daily_rollup window pair as (partition by subscription_ref, check_id order by day)) r
  join subscription s on s.id = r.subscription_ref
 group by s.tenant_ref, r.day;

insert into daily_total (day, passed_change, failed_change, not_applicable_change, suppressed_change, new_findings,
                         resolved_findings, rollups)
select day, sum(passed_change), sum(failed_change), sum(not_applicable_change), sum(suppressed_change),
       sum(new_findings), sum(resolved_findings), sum(rollups)
  from tenant_daily_total group by day;
