-- The VM's tags, shown on its page (they are what tag suppressions match).
alter table virtual_machine add column tags jsonb not null default '{}'::jsonb;

-- How many management ports the internet reaches, for filtering and sorting the VM list without reading the JSON:
-- null while exposure is not evaluated (not the same as none).
alter table virtual_machine add column exposed_port_count integer
    generated always as (case when exposed_ports is null then null else jsonb_array_length(exposed_ports) end) stored;
create index virtual_machine_exposed_idx on virtual_machine (exposed_port_count);
