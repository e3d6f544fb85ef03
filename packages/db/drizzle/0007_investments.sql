CREATE TABLE "budget_frames" (
	"organisation_id" integer NOT NULL,
	"year" smallint NOT NULL,
	"tkr" integer NOT NULL,
	CONSTRAINT "budget_frames_organisation_id_year_pk" PRIMARY KEY("organisation_id","year"),
	CONSTRAINT "budget_frames_tkr_check" CHECK ("budget_frames"."tkr" >= 0)
);
--> statement-breakpoint
CREATE TABLE "investment_need_capabilities" (
	"need_id" integer NOT NULL,
	"capability_id" integer NOT NULL,
	"lift" smallint NOT NULL,
	CONSTRAINT "investment_need_capabilities_need_id_capability_id_pk" PRIMARY KEY("need_id","capability_id"),
	CONSTRAINT "investment_need_capabilities_lift_check" CHECK ("investment_need_capabilities"."lift" between 1 and 4)
);
--> statement-breakpoint
CREATE TABLE "investment_need_dependencies" (
	"need_id" integer NOT NULL,
	"depends_on_id" integer NOT NULL,
	CONSTRAINT "investment_need_dependencies_need_id_depends_on_id_pk" PRIMARY KEY("need_id","depends_on_id"),
	CONSTRAINT "investment_need_dependencies_self_check" CHECK ("investment_need_dependencies"."need_id" <> "investment_need_dependencies"."depends_on_id")
);
--> statement-breakpoint
CREATE TABLE "investment_need_units" (
	"need_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	CONSTRAINT "investment_need_units_need_id_unit_id_pk" PRIMARY KEY("need_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "investment_needs" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "investment_needs_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"organisation_id" integer NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"planned_start" smallint NOT NULL,
	"duration_years" smallint NOT NULL,
	"one_off_tkr" jsonb NOT NULL,
	"operating_tkr" integer NOT NULL,
	"benefit_tkr" jsonb NOT NULL,
	"fte" jsonb NOT NULL,
	"constraints" jsonb NOT NULL,
	"risk" smallint NOT NULL,
	"priority" smallint NOT NULL,
	"status" text NOT NULL,
	"decision_reason" text,
	"proposed_by_unit_id" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text NOT NULL,
	CONSTRAINT "investment_needs_organisationId_code_unique" UNIQUE("organisation_id","code"),
	CONSTRAINT "investment_needs_duration_check" CHECK ("investment_needs"."duration_years" between 1 and 10),
	CONSTRAINT "investment_needs_risk_check" CHECK ("investment_needs"."risk" between 1 and 5),
	CONSTRAINT "investment_needs_priority_check" CHECK ("investment_needs"."priority" between 1 and 5),
	CONSTRAINT "investment_needs_operating_check" CHECK ("investment_needs"."operating_tkr" >= 0),
	CONSTRAINT "investment_needs_status_check" CHECK ("investment_needs"."status" in ('proposed', 'accepted', 'declined', 'planned', 'ongoing', 'done'))
);
--> statement-breakpoint
CREATE TABLE "scenario_needs" (
	"scenario_id" integer NOT NULL,
	"need_id" integer NOT NULL,
	"start_year" smallint,
	"left_out_reason" text,
	CONSTRAINT "scenario_needs_scenario_id_need_id_pk" PRIMARY KEY("scenario_id","need_id"),
	CONSTRAINT "scenario_needs_choice_check" CHECK (("scenario_needs"."start_year" is null) <> ("scenario_needs"."left_out_reason" is null))
);
--> statement-breakpoint
CREATE TABLE "scenarios" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "scenarios_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"organisation_id" integer NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text NOT NULL,
	CONSTRAINT "scenarios_organisationId_code_unique" UNIQUE("organisation_id","code")
);
--> statement-breakpoint
ALTER TABLE "budget_frames" ADD CONSTRAINT "budget_frames_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_need_capabilities" ADD CONSTRAINT "investment_need_capabilities_need_id_investment_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."investment_needs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_need_capabilities" ADD CONSTRAINT "investment_need_capabilities_capability_id_capabilities_id_fk" FOREIGN KEY ("capability_id") REFERENCES "public"."capabilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_need_dependencies" ADD CONSTRAINT "investment_need_dependencies_need_id_investment_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."investment_needs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_need_dependencies" ADD CONSTRAINT "investment_need_dependencies_depends_on_id_investment_needs_id_fk" FOREIGN KEY ("depends_on_id") REFERENCES "public"."investment_needs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_need_units" ADD CONSTRAINT "investment_need_units_need_id_investment_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."investment_needs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_need_units" ADD CONSTRAINT "investment_need_units_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_needs" ADD CONSTRAINT "investment_needs_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_needs" ADD CONSTRAINT "investment_needs_proposed_by_unit_id_units_id_fk" FOREIGN KEY ("proposed_by_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_needs" ADD CONSTRAINT "scenario_needs_scenario_id_scenarios_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."scenarios"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_needs" ADD CONSTRAINT "scenario_needs_need_id_investment_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."investment_needs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenarios" ADD CONSTRAINT "scenarios_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;