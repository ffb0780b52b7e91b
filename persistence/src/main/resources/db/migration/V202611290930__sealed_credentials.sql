-- Credentials sealed at rest (AES-256-GCM under a master key, see SecretBox): the client secret or the certificate
-- with its private key, each as pcs1.<key id>.<nonce>.<ciphertext>. The plaintext client_secret column is emptied
-- into client_secret_sealed at the next start that has a master key, and is no longer written.
-- Workload identity names its federated token file; managed identity optionally names a user-assigned client id.
alter table tenant
    add column client_secret_sealed      text,
    add column client_certificate_sealed text,
    add column federated_token_file      text,
    add column managed_identity_client_id text;
