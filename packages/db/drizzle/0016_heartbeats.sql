CREATE SCHEMA "health";
--> statement-breakpoint
CREATE TABLE "health"."heartbeats" (
	"id" integer PRIMARY KEY NOT NULL,
	"beat_at" timestamp with time zone NOT NULL,
	CONSTRAINT "heartbeats_one_row" CHECK ("health"."heartbeats"."id" = 1)
);
