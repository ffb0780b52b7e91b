-- When an account's password or grant last changed: its other page sessions end at that moment, and a password
-- remembered for HTTP Basic before it no longer signs in on any replica.
alter table user_account add column rights_changed_at timestamptz;
