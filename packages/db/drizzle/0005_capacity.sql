CREATE TABLE "base_requirements" (
	"report_id" integer NOT NULL,
	"capability_id" integer NOT NULL,
	"required_level" smallint NOT NULL,
	CONSTRAINT "base_requirements_report_id_capability_id_pk" PRIMARY KEY("report_id","capability_id"),
	CONSTRAINT "base_requirements_level_check" CHECK ("base_requirements"."required_level" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "capacity_competences" (
	"report_id" integer NOT NULL,
	"area" text NOT NULL,
	"fte" numeric(10, 2) NOT NULL,
	"level" smallint,
	CONSTRAINT "capacity_competences_report_id_area_pk" PRIMARY KEY("report_id","area"),
	CONSTRAINT "capacity_competences_fte_check" CHECK ("capacity_competences"."fte" >= 0),
	CONSTRAINT "capacity_competences_level_check" CHECK ("capacity_competences"."level" is null or "capacity_competences"."level" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "capacity_demand" (
	"report_id" integer NOT NULL,
	"area" text NOT NULL,
	"year" smallint NOT NULL,
	"fte" numeric(10, 2) NOT NULL,
	CONSTRAINT "capacity_demand_report_id_area_year_pk" PRIMARY KEY("report_id","area","year"),
	CONSTRAINT "capacity_demand_fte_check" CHECK ("capacity_demand"."fte" >= 0)
);
--> statement-breakpoint
CREATE TABLE "capacity_reports" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "capacity_reports_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"round_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"planning_fte" numeric(10, 2) NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text NOT NULL,
	CONSTRAINT "capacity_reports_roundId_unitId_unique" UNIQUE("round_id","unit_id"),
	CONSTRAINT "capacity_planning_fte_check" CHECK ("capacity_reports"."planning_fte" >= 0)
);
--> statement-breakpoint
ALTER TABLE "base_requirements" ADD CONSTRAINT "base_requirements_report_id_capacity_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."capacity_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "base_requirements" ADD CONSTRAINT "base_requirements_capability_id_capabilities_id_fk" FOREIGN KEY ("capability_id") REFERENCES "public"."capabilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capacity_competences" ADD CONSTRAINT "capacity_competences_report_id_capacity_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."capacity_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capacity_demand" ADD CONSTRAINT "capacity_demand_report_id_capacity_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."capacity_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capacity_reports" ADD CONSTRAINT "capacity_reports_round_id_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capacity_reports" ADD CONSTRAINT "capacity_reports_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;