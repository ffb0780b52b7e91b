-- A workload identity reads the federated token file Portcullis was started with (AZURE_FEDERATED_TOKEN_FILE), never a
-- path a request named: a path chosen per tenant let an onboarding request make the server post any file it can read
-- to an authority of the requester's choosing. The stored paths are dropped with the column.
alter table tenant drop column federated_token_file;
