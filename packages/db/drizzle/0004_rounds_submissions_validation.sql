CREATE TABLE "submissions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "submissions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"round_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"status" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by" text,
	"validated_at" timestamp with time zone,
	"validated_by" text,
	"returned_at" timestamp with time zone,
	"returned_by" text,
	"return_message" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "submissions_roundId_unitId_unique" UNIQUE("round_id","unit_id"),
	CONSTRAINT "submissions_status_check" CHECK ("submissions"."status" in ('draft', 'submitted', 'validated', 'returned'))
);
--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "validation_comment" text;--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "confirmed" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "rounds" ADD COLUMN "deadline" date;--> statement-breakpoint
ALTER TABLE "rounds" ADD COLUMN "closed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "rounds" ADD COLUMN "closed_by" text;--> statement-breakpoint
ALTER TABLE "rounds" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_round_id_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Rounds closed before submissions existed were reported and validated: record them so.
INSERT INTO "submissions" ("round_id", "unit_id", "status", "validated_at", "validated_by")
SELECT DISTINCT a."round_id", a."unit_id", 'validated', r."ends_on"::timestamptz, 'migration'
FROM "assessments" a JOIN "rounds" r ON r."id" = a."round_id"
WHERE r."status" = 'closed';
