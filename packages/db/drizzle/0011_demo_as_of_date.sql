ALTER TABLE "organisations" ADD COLUMN "as_of_date" date;--> statement-breakpoint
-- A demo city seeded before this version was written for the same day: read it on that day too.
UPDATE "organisations" SET "as_of_date" = '2026-11-30' WHERE "is_demo";
