-- Issue 17: a reader's report of a translation problem is a message to the coordination (no office) with its
-- own category. The check is the one V7_14 named message_category, again with OR rather than IN (H2 2.4.240
-- loses IN-list checks created in another session).
-- "if exists": test slices without the message package's beans never ran the Java migration V7_14, so their
-- table still has V4's unnamed check and no message_category (their messages do not matter to them).
alter table message drop constraint if exists message_category;
alter table message add constraint message_category check (category = 'NEWCOMER' or category = 'NEIGHBOUR'
    or category = 'LANDLORD' or category = 'VOLUNTEER' or category = 'PARTNER' or category = 'OTHER'
    or category = 'ACCESSIBILITY' or category = 'TRANSLATION');
