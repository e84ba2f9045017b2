-- Which version of the shipped content files (front matter "content: N") an article's texts came from.
-- A newer shipped version replaces the texts it brings on the next start (GuidanceContent), so corrected
-- facts reach databases that were filled before the correction; a changed German text marks the other
-- languages outdated, as a staff edit does.
alter table guide_article add column shipped_content integer not null default 1;
