-- Sessions and sign-in hardening (issue 13, branch sessions). One set for H2 (MODE=PostgreSQL) and PostgreSQL.

-- Raised by every administrative change of an account (role, offices, active, name). Open sessions compare
-- their copy with it (StaffRightsCheck), so a move to another office or a demotion reaches them at once.
alter table staff_account add column rights_version bigint not null default 0;

-- Failed sign-ins, shared by all servers (SignInThrottle): one row per key, "client:<address>",
-- "account:<user name>" (failures from devices the account never signed in from) or "device:<hash>".
-- Rows whose last failure is older than lw.sign-in.forget-after are deleted on the next failure.
create table sign_in_failure (
    throttle_key  varchar(250) not null primary key,
    failures      integer      not null,
    last_failure  timestamp    not null
);
create index sign_in_failure_last on sign_in_failure (last_failure);

-- Devices that signed in successfully before (KnownDevices): the cookie holds a random token, the table
-- only its SHA-256. Such a device is not slowed down by failures that strangers cause for the account.
create table sign_in_device (
    token_hash  varchar(64)  not null primary key,
    username    varchar(200) not null,
    last_used   timestamp    not null
);
create index sign_in_device_last on sign_in_device (last_used);

-- What readers see of a guide text (issue 13): STAFF edits to a published article wait here until a review or an
-- ADMIN makes them live (GuidanceService). Everything written so far was live, so it is copied once.
alter table guide_translation add column live_title varchar(200);
alter table guide_translation add column live_summary varchar(1000);
alter table guide_translation add column live_easy_summary varchar(2000);
alter table guide_translation add column live_body varchar(40000);
update guide_translation set live_title = title, live_summary = summary, live_easy_summary = easy_summary,
    live_body = body;
