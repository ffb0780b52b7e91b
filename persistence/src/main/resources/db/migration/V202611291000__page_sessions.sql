-- Page sessions kept on the server: the browser holds a random token, the database its SHA-256. Signing out ends the
-- session here, so a copied cookie stops working at once; deleting the account ends its sessions (cascade).
-- A session of a local account takes its role and tenants from the account at each check; a single sign-on session
-- keeps the grant its groups mapped to at login.
create table page_session (
    id           uuid primary key,
    token_hash   text        not null unique,
    principal    text        not null,
    kind         text        not null,
    account_ref  uuid references user_account (id) on delete cascade,
    role         text        not null,
    all_tenants  boolean     not null,
    tenants      uuid[]      not null,
    address      text,
    created_at   timestamptz not null,
    last_seen_at timestamptz not null,
    expires_at   timestamptz not null,
    ended_at     timestamptz
);
create index page_session_account_idx on page_session (account_ref);
