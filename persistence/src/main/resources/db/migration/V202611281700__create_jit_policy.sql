-- Current JIT policies (one per resource group and location), kept so remediation can write merge-safe policy
-- bodies and pages can show the access-request history. Replaced on each successful scan of the subscription.
create table jit_policy (
    id               uuid primary key,
    subscription_ref uuid        not null references subscription (id) on delete cascade,
    resource_key     text        not null unique,
    resource_id      text        not null,
    name             text        not null,
    resource_group   text        not null,
    location         text        not null,
    virtual_machines jsonb       not null,
    requests         jsonb       not null,
    updated_at       timestamptz not null
);
create index jit_policy_scope_idx on jit_policy (subscription_ref, lower(resource_group), lower(location));

-- Where each exposed management port is let in: public IP, NSG and rule, for details and remediation.
alter table virtual_machine add column exposures jsonb;

-- The VM's network interfaces with the NSGs filtering them, for remediation that names them.
alter table virtual_machine add column network_interfaces jsonb;
