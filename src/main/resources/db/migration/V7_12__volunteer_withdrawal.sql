-- What is left of a withdrawn volunteer offer's personal link: enough to tell whoever opens it that the offer
-- was withdrawn and its data erased, and nothing about the person. The token is kept only as its SHA-256 hash
-- (the link itself cannot be rebuilt from it); the nightly retention deletes these rows after
-- lw.retention.volunteer-days. (Version 7.12, after the issue's number, so parallel V7 migrations do not clash.)
create table volunteer_withdrawal (
    token_hash    varchar(64) primary key,
    withdrawn_on  date not null
);
create index volunteer_withdrawal_on on volunteer_withdrawal (withdrawn_on);
