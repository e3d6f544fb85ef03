CREATE TABLE "area_rollups" (
	"organisation_id" integer NOT NULL,
	"round_id" integer NOT NULL,
	"area_id" integer NOT NULL,
	"period_start" date NOT NULL,
	"area_code" text NOT NULL,
	"self_1" integer DEFAULT 0 NOT NULL,
	"self_2" integer DEFAULT 0 NOT NULL,
	"self_3" integer DEFAULT 0 NOT NULL,
	"self_4" integer DEFAULT 0 NOT NULL,
	"self_5" integer DEFAULT 0 NOT NULL,
	"validated_1" integer DEFAULT 0 NOT NULL,
	"validated_2" integer DEFAULT 0 NOT NULL,
	"validated_3" integer DEFAULT 0 NOT NULL,
	"validated_4" integer DEFAULT 0 NOT NULL,
	"validated_5" integer DEFAULT 0 NOT NULL,
	"effective_1" integer DEFAULT 0 NOT NULL,
	"effective_2" integer DEFAULT 0 NOT NULL,
	"effective_3" integer DEFAULT 0 NOT NULL,
	"effective_4" integer DEFAULT 0 NOT NULL,
	"effective_5" integer DEFAULT 0 NOT NULL,
	"not_applicable" integer DEFAULT 0 NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "area_rollups_round_id_area_id_pk" PRIMARY KEY("round_id","area_id")
);
--> statement-breakpoint
CREATE TABLE "period_area_rollups" (
	"period_start" date NOT NULL,
	"area_code" text NOT NULL,
	"self_1" integer DEFAULT 0 NOT NULL,
	"self_2" integer DEFAULT 0 NOT NULL,
	"self_3" integer DEFAULT 0 NOT NULL,
	"self_4" integer DEFAULT 0 NOT NULL,
	"self_5" integer DEFAULT 0 NOT NULL,
	"validated_1" integer DEFAULT 0 NOT NULL,
	"validated_2" integer DEFAULT 0 NOT NULL,
	"validated_3" integer DEFAULT 0 NOT NULL,
	"validated_4" integer DEFAULT 0 NOT NULL,
	"validated_5" integer DEFAULT 0 NOT NULL,
	"effective_1" integer DEFAULT 0 NOT NULL,
	"effective_2" integer DEFAULT 0 NOT NULL,
	"effective_3" integer DEFAULT 0 NOT NULL,
	"effective_4" integer DEFAULT 0 NOT NULL,
	"effective_5" integer DEFAULT 0 NOT NULL,
	"not_applicable" integer DEFAULT 0 NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "period_area_rollups_period_start_area_code_pk" PRIMARY KEY("period_start","area_code")
);
--> statement-breakpoint
CREATE TABLE "unit_area_rollups" (
	"organisation_id" integer NOT NULL,
	"round_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"area_id" integer NOT NULL,
	"self_1" integer DEFAULT 0 NOT NULL,
	"self_2" integer DEFAULT 0 NOT NULL,
	"self_3" integer DEFAULT 0 NOT NULL,
	"self_4" integer DEFAULT 0 NOT NULL,
	"self_5" integer DEFAULT 0 NOT NULL,
	"validated_1" integer DEFAULT 0 NOT NULL,
	"validated_2" integer DEFAULT 0 NOT NULL,
	"validated_3" integer DEFAULT 0 NOT NULL,
	"validated_4" integer DEFAULT 0 NOT NULL,
	"validated_5" integer DEFAULT 0 NOT NULL,
	"effective_1" integer DEFAULT 0 NOT NULL,
	"effective_2" integer DEFAULT 0 NOT NULL,
	"effective_3" integer DEFAULT 0 NOT NULL,
	"effective_4" integer DEFAULT 0 NOT NULL,
	"effective_5" integer DEFAULT 0 NOT NULL,
	"not_applicable" integer DEFAULT 0 NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "unit_area_rollups_round_id_unit_id_area_id_pk" PRIMARY KEY("round_id","unit_id","area_id")
);
--> statement-breakpoint
CREATE INDEX "area_rollups_organisation_id_index" ON "area_rollups" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "unit_area_rollups_organisation_id_index" ON "unit_area_rollups" USING btree ("organisation_id");
--> statement-breakpoint
-- Fills the rollups from the data already there, so an upgraded installation's dashboards are right at
-- once. The same statements as rebuildAllRollups in src/repositories/rollups.ts: closed rounds only (the
-- dashboards show nothing else), capabilities still in the framework, counted in their current area.
INSERT INTO "unit_area_rollups" ("organisation_id", "round_id", "unit_id", "area_id", "self_1", "self_2", "self_3", "self_4", "self_5", "validated_1", "validated_2", "validated_3", "validated_4", "validated_5", "effective_1", "effective_2", "effective_3", "effective_4", "effective_5", "not_applicable", "total")
SELECT r."organisation_id", a."round_id", a."unit_id", c."area_id",
	count(*) FILTER (WHERE NOT a."not_applicable" AND a."self_rating" = 1),
	count(*) FILTER (WHERE NOT a."not_applicable" AND a."self_rating" = 2),
	count(*) FILTER (WHERE NOT a."not_applicable" AND a."self_rating" = 3),
	count(*) FILTER (WHERE NOT a."not_applicable" AND a."self_rating" = 4),
	count(*) FILTER (WHERE NOT a."not_applicable" AND a."self_rating" = 5),
	count(*) FILTER (WHERE NOT a."not_applicable" AND a."validated_rating" = 1),
	count(*) FILTER (WHERE NOT a."not_applicable" AND a."validated_rating" = 2),
	count(*) FILTER (WHERE NOT a."not_applicable" AND a."validated_rating" = 3),
	count(*) FILTER (WHERE NOT a."not_applicable" AND a."validated_rating" = 4),
	count(*) FILTER (WHERE NOT a."not_applicable" AND a."validated_rating" = 5),
	count(*) FILTER (WHERE NOT a."not_applicable" AND coalesce(a."validated_rating", a."self_rating") = 1),
	count(*) FILTER (WHERE NOT a."not_applicable" AND coalesce(a."validated_rating", a."self_rating") = 2),
	count(*) FILTER (WHERE NOT a."not_applicable" AND coalesce(a."validated_rating", a."self_rating") = 3),
	count(*) FILTER (WHERE NOT a."not_applicable" AND coalesce(a."validated_rating", a."self_rating") = 4),
	count(*) FILTER (WHERE NOT a."not_applicable" AND coalesce(a."validated_rating", a."self_rating") = 5),
	count(*) FILTER (WHERE a."not_applicable"),
	count(*)
FROM "assessments" a
JOIN "rounds" r ON r."id" = a."round_id"
JOIN "capabilities" c ON c."id" = a."capability_id"
WHERE r."status" = 'closed' AND c."retired_in_version" IS NULL
GROUP BY r."organisation_id", a."round_id", a."unit_id", c."area_id";
--> statement-breakpoint
INSERT INTO "area_rollups" ("organisation_id", "round_id", "area_id", "period_start", "area_code", "self_1", "self_2", "self_3", "self_4", "self_5", "validated_1", "validated_2", "validated_3", "validated_4", "validated_5", "effective_1", "effective_2", "effective_3", "effective_4", "effective_5", "not_applicable", "total")
SELECT x."organisation_id", x."round_id", x."area_id", date_trunc('quarter', r."ends_on"::timestamp)::date, ar."code",
	sum(x."self_1"), sum(x."self_2"), sum(x."self_3"), sum(x."self_4"), sum(x."self_5"),
	sum(x."validated_1"), sum(x."validated_2"), sum(x."validated_3"), sum(x."validated_4"), sum(x."validated_5"),
	sum(x."effective_1"), sum(x."effective_2"), sum(x."effective_3"), sum(x."effective_4"), sum(x."effective_5"),
	sum(x."not_applicable"), sum(x."total")
FROM "unit_area_rollups" x
JOIN "rounds" r ON r."id" = x."round_id"
JOIN "areas" ar ON ar."id" = x."area_id"
GROUP BY x."organisation_id", x."round_id", x."area_id", r."id", ar."id";
--> statement-breakpoint
INSERT INTO "period_area_rollups" ("period_start", "area_code", "self_1", "self_2", "self_3", "self_4", "self_5", "validated_1", "validated_2", "validated_3", "validated_4", "validated_5", "effective_1", "effective_2", "effective_3", "effective_4", "effective_5", "not_applicable", "total")
SELECT "period_start", "area_code", sum("self_1"), sum("self_2"), sum("self_3"), sum("self_4"), sum("self_5"), sum("validated_1"), sum("validated_2"), sum("validated_3"), sum("validated_4"), sum("validated_5"), sum("effective_1"), sum("effective_2"), sum("effective_3"), sum("effective_4"), sum("effective_5"), sum("not_applicable"), sum("total")
FROM "area_rollups"
GROUP BY "period_start", "area_code";
