-- What a finding's remediation fixes, one object of template values per thing (a Basic public IP and the NIC IP
-- configuration it sits on), as the check's last failing result named them. Empty for checks that name none.
alter table finding add column remediation_subjects jsonb not null default '[]'::jsonb;
