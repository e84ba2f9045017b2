-- Issue 13 (booking abuse): what lets staff see and release hoarded places, and the office brake's notice.
-- client_hash: a keyed hash of the client key (IPv4 address or IPv6 /64), never the address itself.
-- phone_key / email_key: the phone number (E.164) and e-mail address (lower case, without +tag) as the limits count
-- them; phone and email stay as the person wrote them, for staff.
alter table booking add column client_hash varchar(64);
alter table booking add column phone_key varchar(40);
alter table booking add column email_key varchar(200);
create index booking_office_created on booking (office_id, created_at);
create index booking_client_hash on booking (client_hash);
create index booking_phone_key on booking (phone_key);
create index booking_email_key on booking (email_key);

-- One row per office while its online booking holds new clients back: since when, the last attempt held, how many.
create table booking_hold (
    office_id  bigint primary key references office (id),
    since      timestamp not null,
    last_at    timestamp not null,
    held       int not null default 0
);
