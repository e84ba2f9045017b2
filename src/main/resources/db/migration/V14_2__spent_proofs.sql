-- Issue 13 (branch abuse2): proof-of-work answers already used, shared by all servers, so an answer counts once in
-- the whole installation (before: once per server). Only a hash of the challenge's salt, kept until the challenge
-- expires (lw.abuse.proof.expiry, 15 minutes); expired rows are deleted as new answers arrive.
create table spent_proof (
    salt_hash   varchar(64) not null primary key,
    expires_at  timestamp   not null
);
create index spent_proof_expires on spent_proof (expires_at);
