ALTER TABLE "plan_editions" ADD COLUMN "basis_round" text;--> statement-breakpoint
-- An edition published before this version names its basis in its frozen content: copy it out.
UPDATE "plan_editions" SET "basis_round" = "content"->>'roundCode' WHERE "status" = 'published';
